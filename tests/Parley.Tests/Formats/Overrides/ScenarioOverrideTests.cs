using Parley.Domain;
using Parley.Formats.Overrides;
using Parley.Formats.Scenario;

namespace Parley.Tests.Formats.Overrides;

/// <summary><c>--set KEY=VALUE</c>: scenario values replaced by path before the scenario is validated and built.</summary>
public sealed class ScenarioOverrideTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: overrides }
        sources:
          - { id: s1, title: A source }
        issues:
          - { name: truck level, type: integer, min: 200, max: 600, step: 200 }
          - { name: phase.2, type: discrete, options: [none, full], default: none }
        parties:
          - name: A
            role: belligerent
            weights: { truck level: 1, phase.2: 0 }
            values: { truck level: { linear: { worst: 600, best: 200 } }, phase.2: { table: { none: 0, full: 1 } } }
            reservation: 0.1
          - name: B
            role: belligerent
            weights: { truck level: 1, phase.2: 0 }
            values: { truck level: { linear: { worst: 200, best: 600 } }, phase.2: { table: { none: 1, full: 0 } } }
            reservation: { value: 0.2, assumption: a guess about B }
        hypotheses:
          - name: base
          - name: hard-bargain
            parties:
              B: { reservation: { value: 0.6, assumption: stronger outside option } }
        war:
          days_per_round: 7
          horizon_days: 364
          battles_per_round: 1
          battle_win_probability: 0.5
          initial_control: 0.5
          control_step: 0.02
          sides:
            A: { prior: { wins: 1, losses: 1 }, victory_control: 0.95, cost_tolerance: 2 }
            B: { prior: { wins: 1, losses: 1 }, victory_control: 0.9, cost_tolerance: 1.5 }
        """;

    private static Parley.Conflict.Scenarios.Scenario Read(params string[] sets) =>
        ScenarioReader.Parse(Yaml, "o.yaml", [.. sets.Select(ScenarioOverride.Parse)]);

    [Fact]
    public void A_plain_number_a_cited_number_and_a_war_setting_are_replaced()
    {
        var scenario = Read("parties.A.reservation=0.3", "parties.B.reservation=0.25", "war.sides.B.cost_tolerance=0.75");
        Assert.Equal(0.3, scenario.Parties[0].Profile!.ReservationValue);
        Assert.Equal(0.25, scenario.Parties[1].Profile!.ReservationValue);
        Assert.Equal(0.75, scenario.War!.Sides[1].CostTolerance);
        Assert.Equal(2, scenario.War!.Sides[0].CostTolerance);
    }

    [Fact]
    public void An_override_applies_after_the_hypothesis()
    {
        Assert.Equal(0.6, Read().WithHypothesis("hard-bargain").Parties[1].Profile!.ReservationValue);
        var scenario = Read("parties.B.reservation=0.05");
        Assert.Equal(0.05, scenario.WithHypothesis("hard-bargain").Parties[1].Profile!.ReservationValue);
        Assert.Equal(0.05, scenario.WithHypothesis("base").Parties[1].Profile!.ReservationValue);
    }

    [Fact]
    public void Quoted_segments_hold_dots_and_spaces()
    {
        var o = ScenarioOverride.Parse("parties.A.weights.\"phase.2\"=0.5");
        Assert.Equal(new[] { "parties", "A", "weights", "phase.2" }, o.Path);
        Assert.Equal("parties.A.weights.\"phase.2\"", o.PathText);
        var scenario = ScenarioReader.Parse(Yaml, "o.yaml", [o, ScenarioOverride.Parse("issues.\"phase.2\".default=full")]);
        Assert.Equal(1, scenario.Defaults[1]);
        // Weights are normalised: 1 and 0.5 become 2/3 and 1/3.
        Assert.Equal(1.0 / 3, scenario.Parties[0].Profile!.Weights[1], 12);
    }

    [Fact]
    public void An_unknown_path_names_the_nearest_valid_ones()
    {
        var ex = Assert.Throws<InputException>(() => Read("parties.B.reservaton=0.2"));
        Assert.Contains("override 'parties.B.reservaton': no such value in the scenario; nearest: parties.B.reservation, parties.A.reservation", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_or_outside_the_schema_is_an_input_error()
    {
        Assert.Contains("'abc' is not a number", Assert.Throws<InputException>(() => Read("war.sides.A.cost_tolerance=abc")).Message);
        Assert.Throws<InputException>(() => Read("war.sides.A.cost_tolerance=-1"));
        Assert.Throws<InputException>(() => ScenarioOverride.Parse("no-equals-sign"));
        Assert.Throws<InputException>(() => ScenarioOverride.Parse("parties..A=1"));
    }
}
