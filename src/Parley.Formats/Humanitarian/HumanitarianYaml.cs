using Parley.Formats;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Parley.Domain;

using Parley.Humanitarian;

namespace Parley.Formats.Humanitarian;

/// <summary>
/// Loads the humanitarian section of a scenario: the <c>humanitarian:</c> key of a scenario file such
/// as scenarios/gaza-2025/scenario.yaml, with the file's <c>sources:</c> list. Every number is <c>{ value, source, quote }</c>
/// (quoted from the facts file) or <c>{ value, assumption }</c>; unknown keys are errors with their
/// line and column. <see cref="FromNode"/> takes the section's mapping node, so a scenario loader can
/// hand it over directly.
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
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses YAML text whose top level has a <c>humanitarian:</c> key; other top-level keys are left to the scenario loader.</summary>
    public static HumanitarianScenario Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new InputException(fileName, (int)ex.Start.Line, (int)ex.Start.Column, $"invalid YAML: {ex.Message}", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException(fileName, 1, 1, "expected a mapping with a 'humanitarian:' key at the top");
        }
        if (!root.Children.TryGetValue(new YamlScalarNode(SectionKey), out var section) || section is not YamlMappingNode map)
        {
            throw new InputException(fileName, (int)root.Start.Line, (int)root.Start.Column, "no 'humanitarian:' mapping at the top level");
        }
        IReadOnlyDictionary<string, string>? sources = null;
        if (root.Children.TryGetValue(new YamlScalarNode("sources"), out var sourcesNode))
        {
            sources = ReadSources(sourcesNode, fileName);
        }
        return FromNode(map, fileName, sources);
    }

    /// <summary>
    /// Reads a scenario-style <c>sources:</c> list (items with <c>id</c> and <c>title</c>; other keys
    /// are the scenario loader's business) into id → title.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadSources(YamlNode node, string fileName)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is not YamlSequenceNode list)
        {
            throw new InputException(fileName, (int)node.Start.Line, (int)node.Start.Column, "sources must be a list of { id, title }");
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not YamlMappingNode m
                || !m.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) || idNode is not YamlScalarNode { Value: { Length: > 0 } id }
                || !m.Children.TryGetValue(new YamlScalarNode("title"), out var titleNode) || titleNode is not YamlScalarNode { Value: { Length: > 0 } title })
            {
                throw new InputException(fileName, (int)item.Start.Line, (int)item.Start.Column, "each source needs an id and a title");
            }
            if (!result.TryAdd(id, title))
            {
                throw new InputException(fileName, (int)idNode.Start.Line, (int)idNode.Start.Column, $"source id '{id}' is used twice");
            }
        }
        return result;
    }

    /// <summary>
    /// Reads the section mapping itself (the value of the <c>humanitarian:</c> key). With
    /// <paramref name="sources"/> (id → title, e.g. from <see cref="ReadSources"/>), every cited
    /// <c>source</c> must be one of its ids.
    /// </summary>
    public static HumanitarianScenario FromNode(YamlMappingNode section, string fileName, IReadOnlyDictionary<string, string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        var s = new YamlSection(section, fileName, SectionKey, sources)
            .Expect("population", "need_kcal_per_person_day", "days_per_round", "administration", "land", "airdrops", "distribution", "rafah", "reported_ratios");
        var population = s.Number("population");
        var need = s.Number("need_kcal_per_person_day");
        var days = s.Number("days_per_round");
        var adminNode = s.Required("administration");
        var administration = AidAdministrationNames.Parse((adminNode as YamlScalarNode)?.Value)
            ?? throw s.Error(adminNode, "humanitarian.administration must be un, alternative or mixed");

        var l = s.Mapping("land").Expect("trucks_per_day", "fuel_trucks_per_day", "tonnes_per_truck", "food_share", "kcal_per_kg", "cost_per_truck_usd");
        var land = new LandCrossings(
            l.Number("trucks_per_day"),
            l.Number("fuel_trucks_per_day"),
            l.Number("tonnes_per_truck"),
            l.Number("food_share"),
            l.Number("kcal_per_kg"),
            l.Number("cost_per_truck_usd"));
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
        foreach (var (key, keyNode, _) in d.Entries().ToList())
        {
            var kind = AidAdministrationNames.Parse(key);
            if (kind is null or AidAdministration.Mixed)
            {
                throw d.Error(keyNode, $"unknown key '{key}' in humanitarian.distribution: expected un or alternative");
            }
            var n = d.Mapping(key).Expect("name", "points", "people_per_point_per_day");
            networks[kind.Value] = new DistributionNetwork(n.String("name"), n.Number("points"), n.Number("people_per_point_per_day"));
            n.Done();
        }
        d.Done();

        var r = s.Mapping("rafah").Expect("open", "wounded_fighters_per_day", "wounded_civilians_per_day", "patients_awaiting_low", "patients_awaiting_high", "extra_trucks_per_day");
        var rafah = new RafahCrossing(
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
            foreach (var (key, _, _) in rr.Entries().ToList())
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
        catch (Domain.ModelException ex)
        {
            throw new InputException(fileName, (int)section.Start.Line, (int)section.Start.Column, ex.Message, ex);
        }
    }


}
