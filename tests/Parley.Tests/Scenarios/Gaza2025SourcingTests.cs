using YamlDotNet.RepresentationModel;

namespace Parley.Tests.Scenarios;

/// <summary>
/// Every figure the Gaza scenario cites is the facts file's figure: each quote is found in
/// ../shared/reference/gaza-2025-facts.md and states the cited value; every cited id is a source.
/// </summary>
public sealed class Gaza2025SourcingTests
{
    private static readonly Lazy<string> Facts = new(() => FactsText.Normalise(File.ReadAllText(GazaFiles.FactsPath!)));

    [GazaFactsFact]
    public void Every_cited_number_quotes_the_facts_file_and_the_quote_states_the_value()
    {
        var cited = CitedNumbers().ToList();
        Assert.True(cited.Count >= 20, $"only {cited.Count} cited numbers");
        foreach (var (path, value, quote) in cited)
        {
            var text = FactsText.Normalise(quote);
            Assert.True(Facts.Value.Contains(text, StringComparison.Ordinal), $"{path}: \"{text}\" is not in gaza-2025-facts.md");
            Assert.True(FactsText.States(text, value), $"{path}: {value} is not a figure of \"{text}\" ({string.Join(", ", FactsText.Figures(text))})");
        }
    }

    [Fact]
    public void Every_number_is_either_sourced_with_a_quote_or_an_assumption()
    {
        foreach (var (path, map) in GazaFiles.Mappings(GazaFiles.Root).Where(m => m.Map.Get("value") is YamlScalarNode && !IsClause(m.Path)))
        {
            var sourced = map.Get("source") is not null;
            var assumed = map.Get("assumption") is not null;
            Assert.True(sourced ^ assumed, $"{path}: give exactly one of source and assumption");
            Assert.True(!sourced || map.Get("quote") is not null, $"{path}: a sourced number needs the facts file's words in quote");
        }
    }

    [GazaFactsFact]
    public void Every_source_quote_is_in_the_facts_file()
    {
        foreach (var (id, source) in GazaFiles.Sources())
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Text("title")), id);
            Assert.False(string.IsNullOrWhiteSpace(source.Text("kind")), id);
            if (source.Text("quote") is not { } quote)
            {
                continue;
            }
            foreach (var fragment in FactsText.Fragments(quote))
            {
                Assert.True(Facts.Value.Contains(fragment, StringComparison.Ordinal), $"source {id}: \"{fragment}\" is not in gaza-2025-facts.md");
            }
        }
    }

    [Fact]
    public void Numeric_defaults_and_map_lines_cited_by_id_are_figures_of_that_source_quote()
    {
        var sources = GazaFiles.Sources();
        var checkedCount = 0;
        foreach (var issue in ((YamlSequenceNode)GazaFiles.Root.Get("issues")!).Cast<YamlMappingNode>())
        {
            var name = issue.Text("name")!;
            if (issue.Text("type") == "integer" && issue.Text("source") is { } id)
            {
                var value = double.Parse(issue.Text("default")!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(FactsText.States(sources[id].Text("quote")!, value), $"issue '{name}': default {value} is not a figure of source {id}'s quote");
                checkedCount++;
            }
            if (issue.Get("map") is not YamlMappingNode map)
            {
                continue;
            }
            foreach (var (option, node) in map.Children)
            {
                var line = (YamlMappingNode)node;
                var quote = sources[line.Text("source")!].Text("quote")!;
                // A buffer states its width (in m or km); the October zone states its share (~53%).
                var figure = line.Text("buffer_m") is { } metres ? double.Parse(metres, System.Globalization.CultureInfo.InvariantCulture) : 53;
                Assert.True(FactsText.States(quote, figure), $"map option '{((YamlScalarNode)option).Value}': {figure} is not a figure of \"{quote}\"");
                checkedCount++;
            }
        }
        Assert.Equal(2 + 4, checkedCount);
    }

    [Fact]
    public void The_integer_ranges_cover_the_reported_figures()
    {
        // Prisoners per hostage: 30 per civilian hostage and 50 per female soldier (January 2025).
        // Trucks per day: 600 (January 2025), 400-600 (July 2025 demand), at least 400 (October 2025).
        var s = GazaFiles.Scenario;
        var prisoners = s.Space.Issues[2];
        var trucks = s.Space.Issues[3];
        foreach (var v in new[] { "30", "50" })
        {
            Assert.True(prisoners.TryParseValue(v, out _), v);
        }
        foreach (var v in new[] { "400", "500", "600" })
        {
            Assert.True(trucks.TryParseValue(v, out _), v);
        }
    }

    [Fact]
    public void Every_cited_id_is_in_the_sources_list()
    {
        var ids = GazaFiles.Sources().Keys.ToHashSet(StringComparer.Ordinal);
        var used = GazaFiles.Mappings(GazaFiles.Root)
            .Where(m => !m.Path.StartsWith("/sources", StringComparison.Ordinal))
            .Select(m => (m.Path, Id: m.Map.Text("source")))
            .Where(x => x.Id is not null)
            .ToList();
        Assert.True(used.Count >= 30, $"only {used.Count} citations");
        Assert.All(used, u => Assert.True(ids.Contains(u.Id!), $"{u.Path}: source '{u.Id}' is not in the sources list"));
    }

    [Fact]
    public void Both_belligerents_are_described_by_the_same_keys()
    {
        // Neutrality: the same machinery for both sides, the same kinds of judgement for each.
        var parties = ((YamlSequenceNode)GazaFiles.Root.Get("parties")!).Cast<YamlMappingNode>().ToList();
        Assert.Equal(Keys(parties[0]), Keys(parties[1]));
        Assert.Equal(Keys((YamlMappingNode)parties[0].Get("weights")!), Keys((YamlMappingNode)parties[1].Get("weights")!));
        Assert.Equal(Keys((YamlMappingNode)parties[0].Get("values")!), Keys((YamlMappingNode)parties[1].Get("values")!));
        var sides = (YamlMappingNode)((YamlMappingNode)GazaFiles.Root.Get("war")!).Get("sides")!;
        var israel = Keys((YamlMappingNode)sides.Get("Israel")!);
        var hamas = Keys((YamlMappingNode)sides.Get("Hamas")!);
        // The facts file reports deaths in Gaza only; Israel's side states its military deaths as an assumption.
        Assert.Equal(israel.Except(["combatant_deaths_per_day"]), hamas.Except(["civilian_deaths_per_day"]));
    }

    /// <summary>
    /// A clause of a text (or one of its readings): its <c>value</c> is an option of an issue, not a
    /// number; its <c>source</c> cites its wording (<c>text</c>), and an assumption may state how it is read.
    /// </summary>
    private static bool IsClause(string path) => System.Text.RegularExpressions.Regex.IsMatch(path, "^/texts/[0-9]+/clauses/[0-9]+(/readings/[0-9]+)?$");

    [Fact]
    public void Every_sourced_clause_gives_its_wording()
    {
        foreach (var (path, map) in GazaFiles.Mappings(GazaFiles.Root).Where(m => IsClause(m.Path) && m.Map.Get("source") is not null))
        {
            Assert.True(map.Get("text") is not null || map.Get("issue") is not null, $"{path}: a sourced clause needs its wording in text");
        }
    }

    private static List<string> Keys(YamlMappingNode map) => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every <c>{ value, source, quote }</c> in the file, with its path.</summary>
    private static IEnumerable<(string Path, double Value, string Quote)> CitedNumbers() =>
        GazaFiles.Mappings(GazaFiles.Root)
            .Where(m => m.Map.Get("value") is YamlScalarNode && m.Map.Get("source") is not null && !IsClause(m.Path))
            .Select(m => (m.Path, double.Parse(m.Map.Text("value")!, System.Globalization.CultureInfo.InvariantCulture), m.Map.Text("quote") ?? ""));
}
