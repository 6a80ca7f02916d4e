using Parley.Geography;

namespace Parley.Tests.Geography;

/// <summary>Locates ../shared (data and reference files) by walking up from the test binaries.</summary>
internal static class GeoTestData
{
    private static readonly Lazy<string?> SharedRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data", "geo")))
            {
                return candidate;
            }
        }
        return null;
    });

    private static readonly Lazy<GeoDataset> Dataset = new(() => GeoDataset.Load(GeoDirectory, TransverseMercator.Utm(36)));

    /// <summary>../shared/data/geo; a test that needs it fails, naming it, when no shared folder with it is above the test binaries.</summary>
    public static string GeoDirectory => SharedRoot.Value is { } s
        ? Path.Combine(s, "data", "geo")
        : throw new DirectoryNotFoundException($"this test needs ../shared/data/geo beside the checkout: no shared/data/geo above {AppContext.BaseDirectory}");

    /// <summary>../shared/reference/gaza-2025-facts.md; a test that needs it fails, naming it, when it is absent.</summary>
    public static string FactsFile => SharedRoot.Value is { } s && File.Exists(Path.Combine(s, "reference", "gaza-2025-facts.md"))
        ? Path.Combine(s, "reference", "gaza-2025-facts.md")
        : throw new FileNotFoundException($"this test needs ../shared/reference/gaza-2025-facts.md beside the checkout: none above {AppContext.BaseDirectory}");

    /// <summary>The detailed dataset (loaded once).</summary>
    public static GeoDataset Data => Dataset.Value;

    /// <summary>The coarse outline shipped with Parley.</summary>
    public static TerritoryOutline Coarse { get; } =
        TerritoryOutline.FromGeoJson(ShippedScenarios.ShippedScenario.ReadText("gaza-2025", "geo/gaza-outline.geojson"), "scenarios/gaza-2025/geo/gaza-outline.geojson");
}

/// <summary>A fact that needs ../shared/data/geo: it fails, naming the folder, when the folder is absent (never skips).</summary>
public sealed class GeoDataFactAttribute : FactAttribute;

/// <summary>A fact that needs ../shared/reference/gaza-2025-facts.md: it fails, naming the file, when it is absent (never skips).</summary>
public sealed class FactsFileFactAttribute : FactAttribute;
