using Parley.Conflict.Scenarios;
using Parley.Formats.Scenario;
using Parley.Geography;
using Parley.ShippedScenarios;

namespace Parley.Application;

/// <summary>
/// Where a scenario comes from: a file, or one of the scenarios shipped with Parley. Loads the
/// scenario and the files beside it (the territory outline of its map: the first GeoJSON file in its
/// <c>geo/</c> folder whose name contains "outline"), so that every host reads scenarios alike.
/// </summary>
public sealed class ScenarioSource
{
    private readonly string? _path;
    private readonly string? _shippedId;
    private readonly string? _text;

    private ScenarioSource(string? path, string? shippedId, string displayName, string? text = null)
    {
        _path = path;
        _shippedId = shippedId;
        DisplayName = displayName;
        _text = text;
    }

    /// <summary>The default scenario of <c>parley run</c> (shipped).</summary>
    public static ScenarioSource Default => Shipped(ShippedScenario.DefaultId);

    /// <summary>How the scenario is named in messages and reports.</summary>
    public string DisplayName { get; }

    /// <summary>A scenario file.</summary>
    public static ScenarioSource File(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new ScenarioSource(path, null, path);
    }

    /// <summary>
    /// A scenario's text read elsewhere (a silo of a cluster simulates the text the submitting machine
    /// read), named <paramref name="displayName"/>; it has no files beside it.
    /// </summary>
    public static ScenarioSource FromText(string text, string displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        return new ScenarioSource(null, null, displayName, text);
    }

    /// <summary>A shipped scenario by its id (see <see cref="ShippedScenario.Ids"/>).</summary>
    public static ScenarioSource Shipped(string id)
    {
        if (!ShippedScenario.Contains(id))
        {
            throw new Domain.InputException(id, null, null, $"no shipped scenario '{id}': use one of {string.Join(", ", ShippedScenario.Ids)}");
        }
        return new ScenarioSource(null, id, ShippedScenario.DisplayName(id));
    }

    /// <summary>Reads and validates the scenario.</summary>
    public Scenario Load() => Load([]);

    /// <summary>Reads and validates the scenario with <paramref name="overrides"/> applied to its values.</summary>
    public Scenario Load(IReadOnlyList<Formats.Overrides.ScenarioOverride> overrides) => _path is { } path
        ? ScenarioReader.ReadFile(path, overrides)
        : ScenarioReader.Parse(_text ?? ShippedScenario.ReadText(_shippedId!), DisplayName, overrides);

    /// <summary>The scenario's text (YAML), for a content hash.</summary>
    public string Text() => _path is { } path ? System.IO.File.ReadAllText(path) : _text ?? ShippedScenario.ReadText(_shippedId!);

    /// <summary>The territory outline of the scenario's map, or null when its folder has none.</summary>
    public TerritoryOutline? Territory()
    {
        if (_text is not null)
        {
            return null;
        }
        if (_shippedId is { } id)
        {
            var prefix = $"{id}/geo/";
            var file = ShippedScenario.Files.FirstOrDefault(f => f.StartsWith(prefix, StringComparison.Ordinal) && IsOutline(f));
            return file is null ? null : TerritoryOutline.FromGeoJson(ShippedScenario.ReadText(id, file[(id.Length + 1)..]), $"scenarios/{file}");
        }
        var geo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_path!)) ?? ".", "geo");
        if (!Directory.Exists(geo))
        {
            return null;
        }
        var outline = Directory.EnumerateFiles(geo, "*.geojson").Order(StringComparer.Ordinal).FirstOrDefault(IsOutline);
        return outline is null ? null : TerritoryOutline.FromGeoJson(System.IO.File.ReadAllText(outline), outline);
    }

    /// <summary>The buffer options of a scenario's map, with their labels and sources, for <see cref="WithdrawalMap.Create"/>.</summary>
    public static IReadOnlyList<(double Metres, string Label, string Source)> MapBuffers(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Map is not { } map
            ? []
            : [.. map.Lines.Where(l => l.BufferMetres is not null).Select(l => (l.BufferMetres!.Value, l.DisplayLabel, l.Source ?? $"scenario option '{l.Option}'"))];
    }

    /// <summary>The scenario's map lines that name a zone of the geo data: (zone id, label, source).</summary>
    public static IReadOnlyList<(string ZoneId, string Label, string Source)> MapZones(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Map is not { } map
            ? []
            : [.. map.Lines.Where(l => l.Zone is not null).Select(l => (l.Zone!, l.DisplayLabel, l.Source ?? $"scenario option '{l.Option}'"))];
    }

    private static bool IsOutline(string file) =>
        Path.GetFileName(file).Contains("outline", StringComparison.OrdinalIgnoreCase) && file.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase);
}
