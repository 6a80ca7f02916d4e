using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;

namespace Parley.Tests.Formats.Scenario;

/// <summary>The <c>observed:</c> section: what history did, for backtests.</summary>
public sealed class ObservedSectionTests
{
    private const string Head = """
        parley: 1
        metadata: { title: observed }
        sources:
          - { id: s1, title: A history }
        issues:
          - { name: line, type: discrete, options: [north, middle, south] }
          - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
        parties:
          - name: A
            role: belligerent
            weights: { line: 1, trucks: 1 }
            values: { line: { table: { north: 0, middle: 0.5, south: 1 } }, trucks: { linear: { worst: 600, best: 200 } } }
          - name: B
            role: belligerent
            weights: { line: 1, trucks: 1 }
            values: { line: { table: { north: 1, middle: 0.5, south: 0 } }, trucks: { linear: { worst: 200, best: 600 } } }

        """;

    [Fact]
    public void An_observed_section_parses_with_its_citations()
    {
        var scenario = ScenarioReader.Parse(Head + """
            observed:
              note: a test case
              days_to_agreement: { value: 120, source: s1, quote: "talks lasted 120 days" }
              ending: { value: ceasefire-held, assumption: "the ceasefire still holds" }
              agreed_text:
                values: { line: middle, trucks: 400 }
                source: s1
            """, "observed.yaml");
        var observed = Assert.IsType<Parley.Conflict.Scenarios.ObservedOutcome>(scenario.Observed);
        Assert.Equal(120, observed.Days);
        Assert.False(observed.Censored);
        Assert.Equal(Ending.CeasefireHeld, observed.Ending);
        Assert.Equal("s1", observed.DaysCitation?.SourceId);
        Assert.Equal("the ceasefire still holds", observed.EndingCitation?.Assumption);
        Assert.Equal("s1", observed.AgreedTextCitation?.SourceId);
        Assert.Equal(1, observed.AgreedText![0]);
        Assert.Equal(1, observed.AgreedText[1]);
        Assert.Equal("a test case", observed.Note);
        Assert.Contains(scenario.CitedValues, c => c.Path == "observed/days_to_agreement" && c.Value == 120);
    }

    [Fact]
    public void No_agreement_within_a_number_of_days_is_a_censored_observation()
    {
        var scenario = ScenarioReader.Parse(Head + """
            observed:
              no_agreement_within_days: { value: 900, assumption: "no agreement by the end of the record" }
              ending: { value: stalemate, source: s1 }
            """, "observed.yaml");
        Assert.True(scenario.Observed!.Censored);
        Assert.Equal(900, scenario.Observed.Days);
        Assert.Null(scenario.Observed.AgreedText);
    }

    [Fact]
    public void A_scenario_without_the_section_has_no_observation()
    {
        Assert.Null(ScenarioReader.Parse(Head, "plain.yaml").Observed);
    }

    [Fact]
    public void An_unknown_ending_name_is_an_error_at_its_line_and_column()
    {
        var yaml = Head + """
            observed:
              days_to_agreement: { value: 120, source: s1 }
              ending: { value: armistice, source: s1 }
            """;
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "observed.yaml"));
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("armistice", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, ex.Line);
        Assert.Equal(lines[line - 1].IndexOf("armistice", StringComparison.Ordinal) + 1, ex.Column);
        Assert.Contains("'armistice' is not an ending", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ceasefire-held", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  days_to_agreement: { value: 120 }\n  ending: { value: stalemate, source: s1 }", 18, "observed days_to_agreement cites nothing")]
    [InlineData("  ending: { value: stalemate, source: s1 }", 18, "give exactly one of days_to_agreement")]
    [InlineData("  days_to_agreement: { value: 1, source: s1 }\n  no_agreement_within_days: { value: 2, source: s1 }\n  ending: { value: stalemate, source: s1 }", 18, "give exactly one of")]
    [InlineData("  days_to_agreement: { value: 120, source: s1 }\n  ending: { value: stalemate }", 19, "observed ending cites nothing")]
    [InlineData("  days_to_agreement: { value: -3, source: s1 }\n  ending: { value: stalemate, source: s1 }", 18, "observed days -3")]
    [InlineData("  days_to_agreement: { source: s1 }\n  ending: { value: stalemate, source: s1 }", 18, "observed days_to_agreement has no value")]
    public void A_section_missing_a_part_or_its_citation_is_an_error_at_its_line(string section, int line, string message)
    {
        var yaml = Head + "observed:\n" + section + "\n";
        Assert.Equal("observed:", yaml.Split('\n')[16]);
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "observed.yaml"));
        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreed_text_naming_an_unknown_issue_is_an_error()
    {
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(Head + """
            observed:
              days_to_agreement: { value: 120, source: s1 }
              ending: { value: ceasefire-held, source: s1 }
              agreed_text: { values: { border: middle }, source: s1 }
            """, "observed.yaml"));
        Assert.Contains("border", ex.Message, StringComparison.Ordinal);
    }
}
