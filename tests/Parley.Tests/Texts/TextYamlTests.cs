using System.Text.RegularExpressions;
using Parley.Domain.Scenarios;
using Parley.Formats.Scenario;
using Parley.Formats.Texts;
using Parley.ShippedScenarios;
using Xunit;

namespace Parley.Tests.Texts;

/// <summary><c>parley text render --format yaml</c>: every shipped text written as scenario YAML reads back to an equal text.</summary>
public sealed class TextYamlTests
{
    public static TheoryData<string, string> ShippedTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in ShippedScenario.Ids)
        {
            foreach (var text in ScenarioReader.Parse(ShippedScenario.ReadText(id), id).Texts)
            {
                data.Add(id, text.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedTexts))]
    public void Every_shipped_text_reads_back_equal(string id, string name)
    {
        var yaml = ShippedScenario.ReadText(id).ReplaceLineEndings("\n");
        var scenario = ScenarioReader.Parse(yaml, id);
        var original = scenario.Text(name);
        var written = TextYaml.Write(scenario, original);

        // The scenario with its texts section replaced by the written one (the texts section runs to the next top-level key).
        var section = new Regex(@"^texts:\n(?:(?:[ #].*)?\n)*", RegexOptions.Multiline).Match(yaml);
        Assert.True(section.Success, $"{id} has no texts section");
        var spliced = yaml[..section.Index] + written.ReplaceLineEndings("\n") + yaml[(section.Index + section.Length)..];
        var back = ScenarioReader.Parse(spliced, id + " (written back)");

        AssertEqual(original, Assert.Single(back.Texts));
        if (scenario.TextSituations.TryGetValue(name, out var situation))
        {
            var s = back.TextSituations[name];
            Assert.Equal(situation.InitialControl, s.InitialControl);
            Assert.Equal(situation.TrucksWithoutAgreement, s.TrucksWithoutAgreement);
            Assert.Equal(situation.Administration, s.Administration);
            Assert.Equal(situation.Collapsed, s.Collapsed);
            Assert.Equal(situation.CollapsedCitation, s.CollapsedCitation);
        }
        // Numbers keep their citation: the written file has no more bare numbers than the original.
        Assert.Equal(scenario.BareNumbers, back.BareNumbers);
    }

    [Fact]
    public void The_yaml_is_a_texts_section_with_the_clauses_and_their_citations()
    {
        var scenario = Scenarios.GazaFiles.Scenario;
        var written = TextYaml.Write(scenario, scenario.Text("framework"));
        Assert.StartsWith("texts:\n- name: framework\n", written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("readings:", written, StringComparison.Ordinal);
        Assert.Contains("party_weights:", written, StringComparison.Ordinal);
        Assert.Contains("source: asb-media-jul-2025", written, StringComparison.Ordinal);
    }

    /// <summary>Field by field: the text's arrays compare by content.</summary>
    private static void AssertEqual(AgreementText expected, AgreementText actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Assumption, actual.Assumption);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Values.OrderBy(kv => kv.Key), actual.Values.OrderBy(kv => kv.Key));
        Assert.Equal(expected.Clauses.Length, actual.Clauses.Length);
        for (var i = 0; i < expected.Clauses.Length; i++)
        {
            var (e, a) = (expected.Clauses[i], actual.Clauses[i]);
            Assert.Equal((e.Id, e.Issue, e.Precision, e.Wording, e.Source, e.Assumption), (a.Id, a.Issue, a.Precision, a.Wording, a.Source, a.Assumption));
            Assert.Equal(e.Readings.Select(r => (r.Value, r.Weight)), a.Readings.Select(r => (r.Value, r.Weight)));
            Assert.Equal(e.Readings.Select(r => string.Join(";", r.PartyWeights.OrderBy(kv => kv.Key))), a.Readings.Select(r => string.Join(";", r.PartyWeights.OrderBy(kv => kv.Key))));
        }
        Assert.Equal(expected.Phases.ToArray(), actual.Phases.ToArray());
        Assert.Equal(expected.Exchanges.ToArray(), actual.Exchanges.ToArray());
        Assert.Equal(expected.Obligations.ToArray(), actual.Obligations.ToArray());
        Assert.Equal(expected.Guarantors.ToArray(), actual.Guarantors.ToArray());
        Assert.Equal(expected.Provisions.OrderBy(kv => kv.Key), actual.Provisions.OrderBy(kv => kv.Key));
        Assert.Equal(expected.Features, actual.Features);
    }
}
