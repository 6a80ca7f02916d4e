using Parley.Application;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;
using Parley.Formats.Scenario;
using Parley.Randomness;
using Parley.Simulation;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>Terms tied to the battlefield: a term's worth to a side follows the ground it holds (docs/war-process.md).</summary>
public sealed class TermsTiedToControlTests
{
    private const string Tied = """
          control_band: 0.1
          terms_tied_to_control:
            - { side: East, issue: line, value: deep, weight: 0.5, assumption: test }
            - { side: West, issue: line, value: shallow, weight: 0.5, assumption: test }
        """;

    private static string Fixture(string protocol = "mediated", string? tied = Tied) =>
        RepoFiles.Read("tests", "Fixtures", "mirror-war.yaml").Replace("PROTOCOL", protocol, StringComparison.Ordinal)
            .Replace("  control_step: 0.05\n", "  control_step: 0.05\n" + (tied is null ? "" : tied + "\n"), StringComparison.Ordinal);

    [Fact]
    public void The_reader_takes_each_term_with_its_side_issue_value_weight_and_band()
    {
        var war = ScenarioReader.Parse(Fixture(), "mirror-war.yaml").War!;
        Assert.Equal(0.1, war.ControlBand);
        Assert.Equal([new ControlTiedTerm(0, 1, 0, 0.5), new ControlTiedTerm(1, 1, 2, 0.5)], war.TiedTerms.ToArray());
        // Version-1 files: none, and the default band.
        var plain = ScenarioReader.Parse(Fixture(tied: null), "mirror-war.yaml").War!;
        Assert.Empty(plain.TiedTerms);
        Assert.Equal(0.05, plain.ControlBand);
    }

    [Theory]
    [InlineData("{ side: North, issue: line, value: deep, weight: 0.5 }", "North")]
    [InlineData("{ side: East, issue: border, value: deep, weight: 0.5 }", "border")]
    [InlineData("{ side: East, issue: line, value: deeper, weight: 0.5 }", "deeper")]
    public void A_term_naming_an_unknown_side_issue_or_value_is_an_error_at_its_line(string term, string named)
    {
        var yaml = Fixture(tied: $"  terms_tied_to_control:\n    - {term}");
        var error = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "mirror-war.yaml"));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("mirror-war.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tied_value_moves_by_weight_times_the_ground_gained_kept_within_0_and_1()
    {
        // Hand calculation: East's 'line' has weight 0.3 and values deep 1, middle 0.6, shallow 0; West's the mirror.
        var scenario = ScenarioReader.Parse(Fixture(), "mirror-war.yaml");
        var profiles = scenario.ToProblem().Profiles;
        var terms = scenario.War!.TiedTerms.Add(new ControlTiedTerm(0, 1, 1, -0.5));
        var moved = ControlTiedTerm.Apply(profiles, terms, 0.2);
        // East gained 0.2 of the territory: deep 1 + 0.5 x 0.2 = 1.1, kept at 1; middle 0.6 - 0.5 x 0.2 = 0.5.
        Assert.Equal(0.3 * 1.0, moved[0].IssueUtilities(1)[0], 12);
        Assert.Equal(0.3 * 0.5, moved[0].IssueUtilities(1)[1], 12);
        Assert.Equal(0.0, moved[0].IssueUtilities(1)[2], 12);
        // West lost 0.2: shallow 1 - 0.5 x 0.2 = 0.9; its other values stay.
        Assert.Equal(0.3 * 0.9, moved[1].IssueUtilities(1)[2], 12);
        Assert.Equal(0.3 * 0.6, moved[1].IssueUtilities(1)[1], 12);
        // Red lines, reservation and the other issues are kept.
        Assert.Equal(profiles[1].ReservationValue, moved[1].ReservationValue);
        Assert.Equal(profiles[0].IssueUtilities(0).ToArray(), moved[0].IssueUtilities(0).ToArray());
    }

    [Fact]
    public void Terms_with_weight_zero_change_no_run()
    {
        var zero = Tied.Replace("weight: 0.5", "weight: 0", StringComparison.Ordinal);
        var with = ScenarioMonteCarlo.Run(ScenarioReader.Parse(Fixture(tied: zero), "mirror-war.yaml"), "base", new MonteCarloOptions(300, seed: 5));
        var without = ScenarioMonteCarlo.Run(ScenarioReader.Parse(Fixture(tied: null), "mirror-war.yaml"), "base", new MonteCarloOptions(300, seed: 5));
        Assert.Equal(without.RecordSpan.ToArray(), with.RecordSpan.ToArray());
    }

    [Fact]
    public void The_agreed_text_is_valued_at_the_ground_held_when_it_was_agreed()
    {
        // The utility to East of the text in force at the end is its utility in the band of the final control
        // (a ceasefire freezes the ground); texts agreed again after fighting resumed are valued at a moved band.
        var scenario = ScenarioReader.Parse(Fixture(), "mirror-war.yaml");
        var model = new ScenarioWarModel(scenario, "base");
        var profiles = scenario.ToProblem().Profiles;
        var values = new double[model.Columns.Count];
        var utility = model.Columns.ToList().FindIndex(c => c.Name == "agreementUtilityA");
        var control = model.Columns.ToList().FindIndex(c => c.Name == "finalControlA");
        var checkedRuns = 0;
        var gained = 0;
        for (var i = 0; i < 200; i++)
        {
            var random = new CounterRandom(7, (ulong)i);
            var record = model.Run(ref random, values);
            // A text in force at the end (first agreed, or agreed again after a collapse) was agreed at the final ground.
            var last = record.FollowedBy ?? record.Ending;
            if (last != Domain.Endings.Ending.NegotiatedSettlement && last != Domain.Endings.Ending.CeasefireHeld)
            {
                continue;
            }
            // Bands of 0.1 from a start at 0.5: the ground gained, whole bands only.
            var gain = Math.Truncate(Math.Round((values[control] - 0.5) / 0.1, 9)) * 0.1;
            var digits = Enumerable.Range(0, 3).Select(k => scenario.Space.Issues[k].ParseValue(Format(scenario, k, values[9 + k]))).ToArray();
            var expected = ControlTiedTerm.Apply(profiles, scenario.War!.TiedTerms, gain)[0].Utility(digits);
            Assert.Equal(expected, values[utility], 12);
            checkedRuns++;
            gained += gain != 0 ? 1 : 0;
        }
        Assert.True(checkedRuns > 20, $"only {checkedRuns} runs ended in force");
        Assert.True(gained > 0, "no run agreed after the ground had moved a band");
    }

    private static string Format(Parley.Conflict.Scenarios.Scenario scenario, int issue, double numeric)
    {
        var space = scenario.Space.Issues[issue];
        for (var v = 0; v < space.ValueCount; v++)
        {
            if (space.NumericValue(v) == numeric)
            {
                return space.FormatValue(v);
            }
        }
        throw new InvalidOperationException($"no value of {space.Name} is {numeric}");
    }
}
