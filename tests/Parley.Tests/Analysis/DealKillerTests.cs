using Parley.Analysis;
using Parley.Analysis.DealKillers;
using Parley.Formats.Scenario;

namespace Parley.Tests.Analysis;

/// <summary>Deal-killer diagnosis on small scenarios whose answers are worked out by hand below.</summary>
public sealed class DealKillerTests
{
    // Two issues. withdrawal (m): 700..1500 step 100 (9 values); trucks: 200, 400, 600.
    // A values a wide buffer and few trucks, B the opposite, both linearly, weights 1/2 each:
    //   uA = 0.5 (x - 700)/800 + 0.5 (600 - t)/400,   uB = 0.5 (1500 - x)/800 + 0.5 (t - 200)/400,
    // so uA + uB = 1 for every text.
    private const string Issues = """
        parley: 1
        metadata: { title: hand-worked }
        issues:
          - { name: withdrawal (m), type: integer, min: 700, max: 1500, step: 100 }
          - { name: trucks, type: integer, min: 200, max: 600, step: 200, default: 400 }
        """;

    private static string Parties(string extraA, string extraB, double rA = 0, double rB = 0) => $$"""
        parties:
          - name: A
            role: belligerent
            reservation: {{rA}}
            weights: { withdrawal (m): 1, trucks: 1 }
            values:
              withdrawal (m): { linear: { worst: 700, best: 1500 } }
              trucks: { linear: { worst: 600, best: 200 } }
        {{extraA}}
          - name: B
            role: belligerent
            reservation: {{rB}}
            weights: { withdrawal (m): 1, trucks: 1 }
            values:
              withdrawal (m): { linear: { worst: 1500, best: 700 } }
              trucks: { linear: { worst: 200, best: 600 } }
        {{extraB}}
        """;

    [Fact]
    public void Incompatible_red_lines_on_one_issue_are_named_with_the_nearest_value_that_reopens_the_range()
    {
        // A needs at least 1,100 m, B at most 1,000 m: no common withdrawal value, so the range is empty.
        // A allowing 1,000 (the forbidden value nearest its allowed set) leaves {1000} x 3 truck values
        // = 3 texts, all at or above the reservation values of 0. Likewise B allowing 1,100.
        var yaml = Issues + "\n" + Parties(
            "    red_lines:\n      - { issue: withdrawal (m), min: 1100 }",
            "    red_lines:\n      - { issue: withdrawal (m), max: 1000 }");
        var result = BargainingAnalysis.Analyze(ScenarioReader.Parse(yaml, "test.yaml").ToProblem());

        Assert.Equal(27, result.OutcomeCount);
        Assert.Equal(0, result.BargainingRangeCount);
        Assert.Empty(result.Pareto);
        Assert.Null(result.Nash);

        var issue = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.Issue);
        Assert.Equal("withdrawal (m)", issue.Issue);

        var a = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "A");
        Assert.Equal("1000", a.RelaxedValue);
        Assert.Equal(3, a.OpensOutcomes);
        Assert.Equal("A's red line on 'withdrawal (m)' (withdrawal (m): at least 1100): allowing '1000' opens 3 outcomes", a.Message);

        var b = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "B");
        Assert.Equal("1100", b.RelaxedValue);
        Assert.Equal(3, b.OpensOutcomes);

        Assert.DoesNotContain(result.DealKillers, k => k.Kind == DealKillerKind.ReservationValue);
    }

    [Fact]
    public void Reservation_values_that_sum_past_the_pie_are_lowered_to_the_best_text_the_other_side_accepts()
    {
        // uA + uB = 1 everywhere and both demand 0.8: empty range. Write k = (1500 - x)/100 in 0..8 and
        // m = (t - 200)/200 in 0..2; then uB = k/16 + m/4. The smallest uB >= 0.8 on that grid is
        // 13/16 = 0.8125 (k = 5, m = 2; k + 4m = 13 has no other solution in range), so the best A can
        // get from a text B accepts is 1 - 0.8125 = 0.1875: lowering A's reservation value to 0.1875
        // (by 0.6125) opens exactly that one text. By symmetry the same holds for B.
        var yaml = Issues + "\n" + Parties("", "", rA: 0.8, rB: 0.8);
        var result = BargainingAnalysis.Analyze(ScenarioReader.Parse(yaml, "test.yaml").ToProblem());

        Assert.Equal(0, result.BargainingRangeCount);
        var a = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.ReservationValue && k.Party == "A");
        Assert.Equal(0.1875, double.Parse(a.RelaxedValue!, System.Globalization.CultureInfo.InvariantCulture), 3);
        Assert.Equal(1, a.OpensOutcomes);
        Assert.Equal("A's reservation value 0.8: lowering it to 0.188 (by 0.613) opens 1 outcome", a.Message);
        var b = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.ReservationValue && k.Party == "B");
        Assert.Equal(1, b.OpensOutcomes);
        Assert.DoesNotContain(result.DealKillers, k => k.Kind == DealKillerKind.RedLine);
    }

    [Fact]
    public void A_red_line_on_named_options_is_relaxed_by_the_option_that_opens_most()
    {
        // A accepts only 'alternative'; B accepts only 'UN'. A allowing 'UN' opens {UN} x 3 trucks = 3;
        // A allowing 'mixed' opens nothing (B refuses it). B allowing 'alternative' opens 3 likewise.
        const string yaml = """
            parley: 1
            metadata: { title: hand-worked }
            issues:
              - { name: administration, type: discrete, options: [UN, alternative, mixed] }
              - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
            parties:
              - name: A
                role: belligerent
                weights: { administration: 1, trucks: 1 }
                values:
                  administration: { table: { UN: 0, alternative: 1, mixed: 0.5 } }
                  trucks: { linear: { worst: 600, best: 200 } }
                red_lines:
                  - { issue: administration, allow: [alternative] }
              - name: B
                role: belligerent
                weights: { administration: 1, trucks: 1 }
                values:
                  administration: { table: { UN: 1, alternative: 0, mixed: 0.5 } }
                  trucks: { linear: { worst: 200, best: 600 } }
                red_lines:
                  - { issue: administration, forbid: [alternative, mixed], note: UN agencies only }
            """;
        var result = BargainingAnalysis.Analyze(ScenarioReader.Parse(yaml, "test.yaml").ToProblem());
        Assert.Equal(0, result.BargainingRangeCount);
        var a = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "A");
        Assert.Equal("UN", a.RelaxedValue);
        Assert.Equal(3, a.OpensOutcomes);
        var b = Assert.Single(result.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "B");
        Assert.Equal("alternative", b.RelaxedValue);
        Assert.Equal("B's red line on 'administration' (UN agencies only): allowing 'alternative' opens 3 outcomes", b.Message);
    }

    [Fact]
    public void An_open_range_has_no_deal_killers()
    {
        // Reservations 0.3 each with uA + uB = 1: texts with 0.3 <= uA <= 0.7 are in the range.
        var yaml = Issues + "\n" + Parties("", "", rA: 0.3, rB: 0.3);
        var result = BargainingAnalysis.Analyze(ScenarioReader.Parse(yaml, "test.yaml").ToProblem());
        Assert.True(result.BargainingRangeCount > 0);
        Assert.Empty(result.DealKillers);
        // On the line uA + uB = 1 every text is Pareto-optimal; the distinct utility vectors are
        // uA = k'/16 + m'/4 for k' in 0..8, m' in 0..2: values 0..1 in steps of 1/16 -> 17 points.
        Assert.Equal(17, result.Pareto.Length);
    }
}
