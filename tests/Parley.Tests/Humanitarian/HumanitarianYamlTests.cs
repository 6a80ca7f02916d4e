using Parley.Formats;
using Parley.Humanitarian;
using Parley.Domain;
using Parley.Formats.Humanitarian;

namespace Parley.Tests.Humanitarian;

public sealed class HumanitarianYamlTests
{
    [Fact]
    public void The_default_loads_and_every_number_has_one_provenance()
    {
        var s = HumanitarianYaml.Parse(ShippedScenarios.ShippedScenario.ReadText("gaza-2025"), ShippedScenarios.ShippedScenario.DisplayName("gaza-2025"));
        var numbers = s.Numbers().ToList();
        Assert.True(numbers.Count >= 25);
        Assert.All(numbers, n => Assert.True(n.Number.IsCited ^ (n.Number.Assumption is not null), n.Path));
        Assert.True(numbers.Count(n => n.Number.IsCited) >= 12);
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line_and_column()
    {
        var yaml = Replace("    fuel_trucks_per_day:", "    fuel_truck_per_day:");
        var line = LineOf(yaml, "fuel_truck_per_day:");
        var ex = Assert.Throws<InputException>(() => HumanitarianYaml.Parse(yaml, "h.yaml"));
        Assert.Equal("h.yaml", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(5, ex.Column);
        Assert.Contains("fuel_truck_per_day", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_without_quote_or_assumption_is_an_error()
    {
        var yaml = Replace("      assumption: \"share of non-fuel trucks", "      note: \"share of non-fuel trucks");
        var ex = Assert.Throws<InputException>(() => HumanitarianYaml.Parse(yaml, "h.yaml"));
        Assert.Contains("note", ex.Message, StringComparison.Ordinal);

        var bare = Replace("      assumption: \"share of non-fuel trucks", "      # no provenance");
        var ex2 = Assert.Throws<InputException>(() => HumanitarianYaml.Parse(bare, "h.yaml"));
        Assert.Contains("quote", ex2.Message, StringComparison.Ordinal);
        Assert.NotNull(ex2.Line);
    }

    [Fact]
    public void Values_must_be_numbers_and_shares_in_range()
    {
        var text = Replace("      value: 0.154\n", "      value: lots\n");
        Assert.Contains("must be a number", Assert.Throws<InputException>(() => HumanitarianYaml.Parse(text, "h.yaml")).Message, StringComparison.Ordinal);
        var share = Replace("      value: 0.154\n", "      value: 1.7\n");
        Assert.Contains("food_share", Assert.Throws<InputException>(() => HumanitarianYaml.Parse(share, "h.yaml")).Message, StringComparison.Ordinal);
        var admin = Replace("  administration: alternative", "  administration: nobody");
        Assert.Contains("un, alternative or mixed", Assert.Throws<InputException>(() => HumanitarianYaml.Parse(admin, "h.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_and_a_missing_section_are_input_errors()
    {
        Assert.NotNull(Assert.Throws<InputException>(() => HumanitarianYaml.Parse("humanitarian: [\n", "h.yaml")).Line);
        Assert.Contains("humanitarian", Assert.Throws<InputException>(() => HumanitarianYaml.Parse("parties: []\n", "h.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_reads_from_a_full_scenario_file_and_from_its_document()
    {
        // The embedded default is the whole Gaza 2025 scenario; the loader reads its humanitarian: key.
        var scenario = ShippedScenarios.ShippedScenario.ReadText("gaza-2025");
        Assert.StartsWith("parley: 1", scenario.Split('\n').First(l => !l.StartsWith('#')), StringComparison.Ordinal);
        var fromText = HumanitarianYaml.Parse(scenario, "scenario.yaml");
        var fromNode = HumanitarianYaml.Read(Parley.Formats.Yaml.YamlToJson.Parse(scenario, "scenario.yaml"));
        Assert.Equal(fromText.Numbers().Select(n => (n.Path, n.Number.Value)), fromNode.Numbers().Select(n => (n.Path, n.Number.Value)));
        var viaScenarioReader = Parley.Formats.Scenario.ScenarioReader.Parse(scenario, "scenario.yaml").Humanitarian!;
        Assert.Equal(fromText.Numbers().Select(n => (n.Path, n.Number.Value)), viaScenarioReader.Numbers().Select(n => (n.Path, n.Number.Value)));
    }

    private static string Replace(string oldText, string newText)
    {
        var text = ShippedScenarios.ShippedScenario.ReadText("gaza-2025").ReplaceLineEndings("\n");
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        return Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal)) + 1;
    }
}

public sealed class HumanitarianSourcesTests
{
    [Fact]
    public void Cited_ids_must_be_in_the_sources_list()
    {
        var text = ShippedScenarios.ShippedScenario.ReadText("gaza-2025").ReplaceLineEndings("\n");
        var bad = text.Replace("source: sphere\n", "source: sphere-handbook\n", StringComparison.Ordinal);
        var line = Array.FindIndex(bad.Split('\n'), l => l.Contains("sphere-handbook", StringComparison.Ordinal)) + 1;
        var ex = Assert.Throws<InputException>(() => HumanitarianYaml.Parse(bad, "h.yaml"));
        Assert.Equal(line, ex.Line);
        Assert.Contains("sphere-handbook", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cited_source_has_a_title()
    {
        var s = HumanitarianYaml.Parse(ShippedScenarios.ShippedScenario.ReadText("gaza-2025"), ShippedScenarios.ShippedScenario.DisplayName("gaza-2025"));
        foreach (var (path, n) in s.Numbers().Where(n => n.Number.IsCited))
        {
            Assert.True(s.SourceTitles.ContainsKey(n.Source!), path);
        }
        Assert.StartsWith("UNRWA", s.SourceTitle("unrwa-lazzarini"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_source_ids_are_rejected()
    {
        var text = ShippedScenarios.ShippedScenario.ReadText("gaza-2025").Replace("  - id: sphere\n", "  - id: ipc-aug-2025\n", StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<InputException>(() => HumanitarianYaml.Parse(text, "h.yaml")).Message, StringComparison.Ordinal);
    }
}
