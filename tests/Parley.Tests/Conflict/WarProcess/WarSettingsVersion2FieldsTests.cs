using Parley.Formats.Scenario;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The fields issue 10 adds to the war and negotiation sections: optional, with defaults that keep version-1 files loading.</summary>
public sealed class WarSettingsVersion2FieldsTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: fields }
        issues:
          - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
        parties:
          - { name: A, role: belligerent, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 600, best: 200 } } } }
          - { name: B, role: belligerent, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 200, best: 600 } } } }
        EXTRA
        war:
          horizon_days: 364
          control_step: 0.1
          WAR
          sides:
            A: { prior: { wins: 3, losses: 2 }, SIDE }
            B: { prior: { wins: 2, losses: 3 } }
        """;

    private static Parley.Conflict.Scenarios.Scenario Read(string war = "", string side = "victory_control: 0.9", string extra = "") =>
        ScenarioReader.Parse(Yaml.Replace("WAR", war, StringComparison.Ordinal).Replace("SIDE", side, StringComparison.Ordinal).Replace("EXTRA", extra, StringComparison.Ordinal), "fields.yaml");

    [Fact]
    public void Version_1_files_get_the_defaults()
    {
        var s = Read();
        Assert.Equal(1, s.War!.Sides[0].DiscountPerRound);
        Assert.Equal(1, s.War.Sides[1].DiscountPerRound);
        Assert.Equal(0.1, s.War.OpponentTypeSpread);
        Assert.Null(s.War.FirstMover);
        Assert.Null(s.NegotiationPatience);
    }

    [Fact]
    public void The_new_fields_are_read_with_a_sides_own_discount_overriding_the_wars()
    {
        var s = Read(
            "discount_per_round: { value: 0.99, assumption: test }\n  opponent_type_spread: 0.2\n  first_mover: B",
            "discount_per_round: 0.95",
            "negotiation: { patience_rounds: { value: 12, assumption: test } }");
        Assert.Equal(0.95, s.War!.Sides[0].DiscountPerRound);
        Assert.Equal(0.99, s.War.Sides[1].DiscountPerRound);
        Assert.Equal(0.2, s.War.OpponentTypeSpread);
        Assert.Equal(1, s.War.FirstMover);
        Assert.Equal(12, s.NegotiationPatience);
    }

    [Fact]
    public void A_first_mover_that_is_not_a_side_is_refused()
    {
        var ex = Assert.ThrowsAny<Exception>(() => Read("first_mover: C"));
        Assert.Contains("first_mover 'C'", ex.Message, StringComparison.Ordinal);
    }
}
