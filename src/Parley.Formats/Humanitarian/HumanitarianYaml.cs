using System.Text.Json;
using Parley.Domain;
using Parley.Formats.Yaml;
using Parley.Humanitarian;

namespace Parley.Formats.Humanitarian;

/// <summary>
/// Loads the humanitarian section of a scenario: the <c>humanitarian:</c> key of a scenario file such
/// as scenarios/gaza-2025/scenario.yaml, with the file's <c>sources:</c> list. It reads the same
/// document as the rest of the scenario (YAML turned into JSON with positions, <see cref="YamlToJson"/>).
/// Every number is <c>{ value, source, quote }</c> (quoted from the facts file) or
/// <c>{ value, assumption }</c>; unknown keys are errors at their line and column.
/// </summary>
public static class HumanitarianYaml
{
    /// <summary>The key that holds the section in a file.</summary>
    public const string SectionKey = "humanitarian";

    /// <summary>Loads a humanitarian or scenario file (its <c>humanitarian:</c> section).</summary>
    public static HumanitarianScenario LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("not found", path);
        }
        return Parse(Yaml.TextFile.Read(path), path);
    }

    /// <summary>Parses YAML text whose top level has a <c>humanitarian:</c> key; other top-level keys are left to the scenario loader.</summary>
    public static HumanitarianScenario Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Read(YamlToJson.Parse(yaml, fileName));
    }

    /// <summary>Reads the <c>humanitarian:</c> section of a parsed document, checking cited sources against its <c>sources:</c> list.</summary>
    public static HumanitarianScenario Read(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Root.ValueKind != JsonValueKind.Object)
        {
            throw document.Error(string.Empty, "expected a mapping with a 'humanitarian:' key at the top");
        }
        if (!document.Root.TryGetProperty(SectionKey, out var section) || section.ValueKind != JsonValueKind.Object)
        {
            throw document.Error(string.Empty, "no 'humanitarian:' mapping at the top level");
        }
        IReadOnlyDictionary<string, string>? sources = null;
        if (document.Root.TryGetProperty("sources", out var list))
        {
            sources = ReadSources(document, list);
        }
        return FromSection(document, section, sources);
    }

    /// <summary>
    /// Reads a scenario-style <c>sources:</c> list (items with <c>id</c> and <c>title</c>; other keys
    /// are the scenario loader's business) into id → title.
    /// </summary>
    private static Dictionary<string, string> ReadSources(PositionedJson document, JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw document.Error("/sources", "sources must be a list of { id, title }");
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"/sources/{i++}";
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("id", out var idNode) || idNode.ValueKind != JsonValueKind.String || idNode.GetString() is not { Length: > 0 } id
                || !item.TryGetProperty("title", out var titleNode) || titleNode.ValueKind != JsonValueKind.String || titleNode.GetString() is not { Length: > 0 } title)
            {
                throw document.Error(at, "each source needs an id and a title");
            }
            if (!result.TryAdd(id, title))
            {
                throw document.Error(at + "/id", $"source id '{id}' is used twice");
            }
        }
        return result;
    }

    private static HumanitarianScenario FromSection(PositionedJson document, JsonElement section, IReadOnlyDictionary<string, string>? sources)
    {
        var s = new JsonSection(document, section, "/" + SectionKey, SectionKey, sources)
            .Expect("population", "need_kcal_per_person_day", "days_per_round", "administration", "land", "airdrops", "distribution", "rafah", "reported_ratios");
        var population = s.Number("population");
        var need = s.Number("need_kcal_per_person_day");
        var days = s.Number("days_per_round");
        var adminNode = s.Required("administration");
        var administration = AidAdministrationNames.Parse(adminNode.ValueKind == JsonValueKind.String ? adminNode.GetString() : null)
            ?? throw s.Error(s.PointerOf("administration"), "humanitarian.administration must be un, alternative or mixed");

        var l = s.Mapping("land").Expect("trucks_per_day", "fuel_trucks_per_day", "tonnes_per_truck", "food_share", "kcal_per_kg", "cost_per_truck_usd", "trucks_without_agreement");
        var land = new LandCrossings(
            l.Number("trucks_per_day"),
            l.Number("fuel_trucks_per_day"),
            l.Number("tonnes_per_truck"),
            l.Number("food_share"),
            l.Number("kcal_per_kg"),
            l.Number("cost_per_truck_usd"))
        {
            TrucksWithoutAgreement = l.Optional("trucks_without_agreement") is null ? null : l.Number("trucks_without_agreement"),
        };
        l.Done();

        var a = s.Mapping("airdrops").Expect("sorties_per_day", "tonnes_per_sortie", "cost_per_sortie_usd", "share_lost", "ration_kcal", "ration_weight_lb");
        var airdrops = new Airdrops(
            a.Number("sorties_per_day"),
            a.Number("tonnes_per_sortie"),
            a.Number("cost_per_sortie_usd"),
            a.Number("share_lost"),
            a.Number("ration_kcal"),
            a.Number("ration_weight_lb"));
        a.Done();

        var d = s.Mapping("distribution").Expect("un", "alternative");
        var networks = new Dictionary<AidAdministration, DistributionNetwork>();
        foreach (var (key, _) in d.Entries().ToList())
        {
            var kind = AidAdministrationNames.Parse(key);
            if (kind is null or AidAdministration.Mixed)
            {
                throw document.KeyError(d.PointerOf(key), $"unknown key '{key}' in humanitarian.distribution: expected un or alternative");
            }
            var n = d.Mapping(key).Expect("name", "points", "people_per_point_per_day");
            networks[kind.Value] = new DistributionNetwork(n.String("name"), n.Number("points"), n.Number("people_per_point_per_day"));
            n.Done();
        }
        d.Done();

        var r = s.Mapping("rafah").Expect("open", "wounded_fighters_per_day", "wounded_civilians_per_day", "patients_awaiting_low", "patients_awaiting_high", "extra_trucks_per_day");
        var rafah = new EvacuationCrossing(
            r.Bool("open"),
            r.Number("wounded_fighters_per_day"),
            r.Number("wounded_civilians_per_day"),
            r.Number("patients_awaiting_low"),
            r.Number("patients_awaiting_high"),
            r.Number("extra_trucks_per_day"));
        r.Done();

        var ratios = new List<(string, SourcedNumber)>();
        if (s.Optional("reported_ratios") is not null)
        {
            var rr = s.Mapping("reported_ratios");
            foreach (var (key, _) in rr.Entries().ToList())
            {
                ratios.Add((key, rr.Number(key)));
            }
            rr.Done();
        }
        s.Done();
        try
        {
            return new HumanitarianScenario(population, need, land, airdrops, networks, administration, rafah, days, ratios)
            {
                SourceTitles = sources ?? new Dictionary<string, string>(),
            };
        }
        catch (ModelException ex)
        {
            var (line, column) = document.PositionOf("/" + SectionKey);
            throw new InputException(document.File, line, column, ex.Message, ex);
        }
    }
}
