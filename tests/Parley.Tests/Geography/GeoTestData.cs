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

    private static readonly Lazy<GeoDataset?> Dataset = new(() =>
        GeoDirectory is { } dir ? GeoDataset.Load(dir, TransverseMercator.Utm(36)) : null);

    /// <summary>../shared/data/geo, or null when this checkout has no shared folder beside it.</summary>
    public static string? GeoDirectory => SharedRoot.Value is { } s ? Path.Combine(s, "data", "geo") : null;

    /// <summary>../shared/reference/gaza-2025-facts.md, or null.</summary>
    public static string? FactsFile => SharedRoot.Value is { } s && File.Exists(Path.Combine(s, "reference", "gaza-2025-facts.md"))
        ? Path.Combine(s, "reference", "gaza-2025-facts.md")
        : null;

    /// <summary>The detailed dataset (loaded once), or null.</summary>
    public static GeoDataset? Data => Dataset.Value;

    /// <summary>The coarse outline shipped with Parley.</summary>
    public static TerritoryOutline Coarse { get; } =
        TerritoryOutline.FromGeoJson(ShippedScenarios.ShippedScenario.ReadText("gaza-2025", "geo/gaza-outline.geojson"), "scenarios/gaza-2025/geo/gaza-outline.geojson");
}

/// <summary>A fact that needs ../shared/data/geo; skipped with the reason when it is absent (CI has it).</summary>
public sealed class GeoDataFactAttribute : FactAttribute
{
    public GeoDataFactAttribute()
    {
        if (GeoTestData.GeoDirectory is null)
        {
            Skip = "needs ../shared/data/geo beside the checkout (present in CI)";
        }
    }
}

/// <summary>A fact that needs ../shared/reference/gaza-2025-facts.md.</summary>
public sealed class FactsFileFactAttribute : FactAttribute
{
    public FactsFileFactAttribute()
    {
        if (GeoTestData.FactsFile is null)
        {
            Skip = "needs ../shared/reference/gaza-2025-facts.md beside the checkout (present in CI)";
        }
    }
}
