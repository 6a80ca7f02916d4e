using Parley.Analysis;
using Parley.Analysis.DealKillers;
using Parley.Formats;
using Parley.Formats.Scenario;
using Parley.Domain;

namespace Parley.Tests.Formats.Scenario;

/// <summary>Named hypotheses (war aims, reservation overrides) and the war section of a scenario.</summary>
public sealed class HypothesisAndWarTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: aims }
        sources:
          - { id: s1, title: A source }
        issues:
          - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
        parties:
          - name: A
            role: belligerent
            war_aim: { kind: limited, goal: security }
            weights: { trucks: 1 }
            values: { trucks: { linear: { worst: 600, best: 200 } } }
          - name: B
            role: belligerent
            weights: { trucks: 1 }
            values: { trucks: { linear: { worst: 200, best: 600 } } }
        hypotheses:
          - name: limited-aims
            description: both sides fight for limited stakes
          - name: unlimited-aims
            parties:
              A:
                war_aim: { kind: unlimited, goal: expulsion, assumption: a contested reading }
          - name: hard-bargain
            parties:
              B: { reservation: { value: 0.6, assumption: stronger outside option } }
        war:
          days_per_round: 7
          horizon_days: 364
          battles_per_round: 3
          battle_win_probability: { value: 0.7, source: s1, sd: 0.1 }
          initial_control: 0.6
          control_step: 0.02
          sides:
            A: { prior: { wins: 8, losses: 2 }, victory_control: 0.95, cost_tolerance: 2, civilian_deaths_per_day: { value: 1.5, sd: 0.5, source: s1 } }
            B: { prior: { wins: 3, losses: 3 }, victory_control: 0.9, cost_tolerance: 1.5 }
          ceasefire:
            phase_days: 42
            talks_from_day: 16
            guarantee_reduction: 0.05
            base_hazard_per_day: { from_data: { dataset: eth-prio, filter: "written=1" } }
        """;

    [Fact]
    public void Hypotheses_are_read_in_order_and_the_first_is_the_default()
    {
        var scenario = ScenarioReader.Parse(Yaml, "aims.yaml");
        Assert.Equal(new[] { "limited-aims", "unlimited-aims", "hard-bargain" }, scenario.HypothesisNames.ToArray());
        Assert.Equal("security", scenario.Parties[0].WarAim!.Goal);
        var unlimited = scenario.WithHypothesis("unlimited-aims");
        Assert.True(unlimited.Parties[0].WarAim!.IsUnlimited);
        Assert.Equal(0.6, scenario.WithHypothesis("hard-bargain").Parties[1].Profile!.ReservationValue);
        Assert.Equal(0.0, scenario.Parties[1].Profile!.ReservationValue);
    }

    [Fact]
    public void An_unlimited_aim_empties_the_range_and_says_so_in_words()
    {
        var scenario = ScenarioReader.Parse(Yaml, "aims.yaml");
        // Limited aims, reservations 0: all three truck levels are in the range.
        Assert.Equal(3, BargainingAnalysis.Analyze(scenario.ToProblem()).BargainingRangeCount);
        var result = BargainingAnalysis.Analyze(scenario.WithHypothesis("unlimited-aims").ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        Assert.Null(result.Nash);
        var killer = Assert.Single(result.DealKillers);
        Assert.Equal(DealKillerKind.WarAim, killer.Kind);
        Assert.Equal(3, killer.OpensOutcomes);
        Assert.StartsWith("no bargaining range: A's aim is expulsion, so no agreement leaves B above its reservation value", killer.Message);
    }

    [Fact]
    public void The_war_section_is_read_with_its_citations_and_uncertainty()
    {
        var war = ScenarioReader.Parse(Yaml, "aims.yaml").War!;
        Assert.Equal(7, war.DaysPerRound);
        Assert.Equal(52, war.HorizonRounds);
        Assert.Equal(3, war.BattlesPerRound);
        Assert.Equal(0.7, war.BattleWinProbability);
        Assert.Equal("A", war.Sides[0].Party);
        Assert.Equal(8, war.Sides[0].PriorWins);
        Assert.Equal(1.5, war.Sides[0].CivilianDeathsPerDay.Mean);
        Assert.Equal(0.5, war.Sides[0].CivilianDeathsPerDay.StandardDeviation);
        Assert.Equal("eth-prio", war.Ceasefire.HazardDataset);
        Assert.Equal("written=1", war.Ceasefire.HazardFilter);
        Assert.Equal(0.05, war.Ceasefire.GuaranteeReduction);
    }

    [Theory]
    [InlineData("  - name: unlimited-aims\n    parties:\n      A:", "  - name: unlimited-aims\n    parties:\n      C:", "party 'C', which the scenario lacks")]
    [InlineData("battle_win_probability: { value: 0.7, source: s1, sd: 0.1 }", "battle_win_probability: 1.7", "is a probability and must lie in [0, 1]")]
    [InlineData("    B: { prior:", "    Z: { prior:", "war side 'Z' is not a belligerent")]
    [InlineData("civilian_deaths_per_day: { value: 1.5", "civilian_deaths_per_day: { value: -1.5", "must be non-negative")]
    [InlineData("control_step: 0.02", "control_step: 0.0001", "neither victory threshold can be reached")]
    public void Bad_war_and_hypothesis_input_names_the_place(string from, string to, string message)
    {
        var yaml = Yaml.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Yaml, yaml);
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "aims.yaml"));
        Assert.Contains(message, ex.Message);
        Assert.StartsWith("aims.yaml:", ex.Message);
        Assert.NotNull(ex.Line);
    }
}
