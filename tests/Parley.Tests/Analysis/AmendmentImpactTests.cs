using Parley.Analysis.Amendments;
using Parley.Formats.Scenario;

namespace Parley.Tests.Analysis;

/// <summary>Amendment impact on a small scenario, computed by hand.</summary>
public sealed class AmendmentImpactTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: hand-worked amendment }
        issues:
          - { name: withdrawal (m), type: integer, min: 700, max: 1500, step: 100 }
          - { name: trucks, type: integer, min: 200, max: 600, step: 200, default: 400 }
        parties:
          - name: A
            role: belligerent
            reservation: 0.3
            weights: { withdrawal (m): 1, trucks: 1 }
            values:
              withdrawal (m): { linear: { worst: 700, best: 1500 } }
              trucks: { linear: { worst: 600, best: 200 } }
          - name: B
            role: belligerent
            reservation: 0.3
            weights: { withdrawal (m): 1, trucks: 1 }
            values:
              withdrawal (m): { linear: { worst: 1500, best: 700 } }
              trucks: { linear: { worst: 200, best: 600 } }
            red_lines:
              - { issue: withdrawal (m), max: 1200 }
        texts:
          - name: framework
            values: { withdrawal (m): 1100 }
        """;

    [Fact]
    public void A_partial_text_is_completed_by_defaults_and_the_amendment_moves_each_side_as_calculated()
    {
        var scenario = ScenarioReader.Parse(Yaml, "test.yaml");
        var problem = scenario.ToProblem();
        var text = scenario.Text("framework").Complete(scenario.Space, scenario.Defaults);
        // The framework names only the withdrawal line; trucks take the default, 400.
        Assert.Equal("400", scenario.Space.Issues[1].FormatValue(text[1]));

        // Amendment: 600 trucks a day.
        var impact = AmendmentImpact.Evaluate(problem, text, new Dictionary<int, int> { [1] = 2 });

        // Before: uA = 0.5 (1100-700)/800 + 0.5 (600-400)/400 = 0.25 + 0.25 = 0.5; uB = 0.25 + 0.25 = 0.5.
        // After:  uA = 0.25 + 0.5 (600-600)/400 = 0.25;   uB = 0.25 + 0.5 (600-200)/400 = 0.75.
        var a = impact.Parties[0];
        var b = impact.Parties[1];
        Assert.Equal(0.5, a.Before, 12);
        Assert.Equal(0.25, a.After, 12);
        Assert.Equal(0.5, b.Before, 12);
        Assert.Equal(0.75, b.After, 12);
        Assert.Equal(-0.25, a.Change, 12);
        // A's 0.25 falls below its reservation value 0.3: the amended text leaves the range.
        Assert.True(impact.InRangeBefore);
        Assert.False(impact.InRangeAfter);
        Assert.False(a.AcceptableAfter);
        Assert.True(b.AcceptableAfter);
        Assert.Equal(new[] { 1 }, impact.ChangedIssues.ToArray());
    }

    [Fact]
    public void An_amendment_across_a_red_line_names_it()
    {
        var scenario = ScenarioReader.Parse(Yaml, "test.yaml");
        var text = scenario.Text("framework").Complete(scenario.Space, scenario.Defaults);
        // 1,500 m crosses B's red line (at most 1,200 m) whatever the utilities.
        var impact = AmendmentImpact.Evaluate(scenario.ToProblem(), text, new Dictionary<int, int> { [0] = 8 });
        Assert.False(impact.Parties[1].AcceptableAfter);
        Assert.Equal("withdrawal (m): at most 1200", impact.Parties[1].RedLineCrossedAfter);
    }
}
