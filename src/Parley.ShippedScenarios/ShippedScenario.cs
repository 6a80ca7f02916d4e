using System.Collections.Immutable;
using System.Reflection;

namespace Parley.ShippedScenarios;

/// <summary>
/// The scenarios shipped with Parley (the repository's <c>scenarios/</c> folder, embedded in this
/// assembly so an installed tool has them): list them, read their files, write them out. A
/// scenario's id is its folder name; its main file is <c>scenario.yaml</c>.
/// </summary>
public static class ShippedScenario
{
    /// <summary>The default scenario of <c>parley run</c>: the 2025 Gaza ceasefire talks.</summary>
    public const string DefaultId = "gaza-2025";

    /// <summary>The main file of every shipped scenario.</summary>
    public const string MainFile = "scenario.yaml";

    private const string Prefix = "scenarios/";

    private static readonly Assembly Self = typeof(ShippedScenario).Assembly;

    /// <summary>Every embedded file, as a path under <c>scenarios/</c> (e.g. <c>gaza-2025/geo/gaza-outline.geojson</c>), sorted.</summary>
    public static ImmutableArray<string> Files { get; } =
        [.. Self.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>The ids of the shipped scenarios, sorted.</summary>
    public static ImmutableArray<string> Ids { get; } =
        [.. Files.Where(f => f.EndsWith("/" + MainFile, StringComparison.Ordinal)).Select(f => f[..f.IndexOf('/', StringComparison.Ordinal)])];

    /// <summary>How a shipped file is named in messages, e.g. <c>scenarios/gaza-2025/scenario.yaml (embedded)</c>.</summary>
    public static string DisplayName(string id, string file = MainFile) => $"{Prefix}{id}/{file} (embedded)";

    /// <summary>True when <paramref name="id"/> names a shipped scenario.</summary>
    public static bool Contains(string id) => Ids.Contains(id);

    /// <summary>Opens a shipped file of scenario <paramref name="id"/> (<paramref name="file"/> relative to its folder).</summary>
    /// <exception cref="KeyNotFoundException">No such scenario or file.</exception>
    public static Stream Open(string id, string file = MainFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return Self.GetManifestResourceStream($"{Prefix}{id}/{file}")
            ?? throw new KeyNotFoundException($"no shipped file {Prefix}{id}/{file}: the shipped scenarios are {string.Join(", ", Ids)}");
    }

    /// <summary>The text of a shipped file (UTF-8).</summary>
    public static string ReadText(string id, string file = MainFile)
    {
        using var reader = new StreamReader(Open(id, file));
        return reader.ReadToEnd();
    }

    /// <summary>True when scenario <paramref name="id"/> ships <paramref name="file"/>.</summary>
    public static bool Has(string id, string file) => Files.Contains($"{id}/{file}");
}
