using Parley.Application.Results;
using Parley.Reports.Charts;

namespace Parley.Cli.Tests.Reports;

/// <summary>No series is hidden under another (issue 11 §5): exact overlaps are found and named.</summary>
public sealed class CoincidentSeriesTests
{
    [Fact]
    public void Two_identical_series_form_one_group_and_the_note_names_both()
    {
        (double[], double[])[] series =
        [
            ([7, 14, 21], [0.11, 0.11, 0.11]),
            ([7, 14, 21], [0.19, 0.26, 0.27]),
            ([7, 14, 21], [0.11, 0.11, 0.11]),
            ([7, 14], [0.11, 0.11]),             // the same values over fewer days: not the same line
            ([7, 14, 21], [0.19, 0.26, 0.2700001]), // one value apart: not the same line
        ];
        var groups = CoincidentSeries.Groups(series);
        Assert.Equal([[0, 2], [1], [3], [4]], groups.Select(g => g.ToArray()).ToArray());
        string[] names = ["unlimited-aims", "limited-aims", "hamas-maximal", "short", "close"];
        Assert.Equal(" Drawn once because they coincide exactly (the same share every day): unlimited-aims and hamas-maximal.", CoincidentSeries.Note(groups, names, "the same share every day"));
        Assert.Equal("unlimited-aims = hamas-maximal", CoincidentSeries.Label(groups[0], names, 80));
        Assert.Equal("", CoincidentSeries.Note([[0], [1]], names, "x"));
    }

    [Fact]
    public void The_food_chart_names_hypotheses_whose_food_series_coincide()
    {
        var report = ReportFixture.Build();
        Assert.DoesNotContain("coincide", FoodShareChart.Render(report, "chart-food-test").Caption, StringComparison.Ordinal);

        // attrition gets unlimited-aims's food series: the chart draws it once and says so.
        var h = report.Hypotheses;
        var changed = BaseRateTruthTests.Replace(report, [h[0], h[1], BaseRateTruthTests.With(h[2], food: h[1].FoodShare)]);
        var caption = FoodShareChart.Render(changed, "chart-food-test").Caption;
        Assert.Contains("Drawn once because they coincide exactly (the same share every day): unlimited-aims and attrition.", caption, StringComparison.Ordinal);
    }
}

/// <summary>The range and casualty charts name their own coinciding series too.</summary>
public sealed class CoincidingLinesInOneHypothesisTests
{
    [Fact]
    public void Equal_reservation_values_and_equal_shares_are_named_in_the_range_caption()
    {
        var report = ReportFixture.Build();
        Assert.Equal("", RangeOverTimeChart.Coinciding(report, report.Hypotheses[0].RangeOverTime));

        // A symmetric war: both sides value fighting on at 0.4, and no range is ever open (both shares 0).
        RangePoint[] points = [new(1, 7, 0.4, 0.4, 0, 0), new(2, 14, 0.38, 0.38, 0, 0)];
        Assert.Equal(
            " Drawn once because they coincide exactly (the same value every round): Israel's reservation value and Hamas's reservation value; the share of outcomes both prefer (dashed) and the share of runs with a range open.",
            RangeOverTimeChart.Coinciding(report, points));
    }

    [Fact]
    public void Equal_casualty_series_are_drawn_once_and_named()
    {
        var report = ReportFixture.Build();
        var h = report.Hypotheses[0];
        Assert.DoesNotContain("coincide", CasualtiesChart.Render(report, h, "chart-casualties-test").Caption, StringComparison.Ordinal);

        // Both sides' combatant deaths equal every day: one line, both named.
        CasualtyPoint[] same = [new(1, 7, new SideCasualties(5, 10), new SideCasualties(5, 90)), new(2, 14, new SideCasualties(9, 20), new SideCasualties(9, 180))];
        var twin = new HypothesisReport(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
            h.ParetoFrontier, h.Agreement, h.RangeOverTime, h.Endings, h.TimeToAgreementDays, h.CeasefireSurvival, same, h.FoodShare);
        var caption = CasualtiesChart.Render(report, twin, "chart-casualties-test").Caption;
        Assert.Contains("Drawn once because they coincide exactly (the same deaths every day): combatant deaths: Israel and combatant deaths: Hamas.", caption, StringComparison.Ordinal);
    }
}

/// <summary>Hypotheses past the sixth repeat a colour but never a look (issue 11 §5: no series hidden under another).</summary>
public sealed class HypothesisLookTests
{
    [Fact]
    public void Up_to_eighteen_hypotheses_each_have_their_own_line_and_bar()
    {
        var lines = Enumerable.Range(0, 18).Select(i => (ReportPalette.HypothesisHex(i), ReportPalette.HypothesisPattern(i))).ToList();
        Assert.Equal(18, lines.Distinct().Count());
        var bars = Enumerable.Range(0, 18).Select(i => (ReportPalette.HypothesisHex(i), ReportPalette.HypothesisHatch(i)?.GetType().Name ?? "plain")).ToList();
        Assert.Equal(18, bars.Distinct().Count());

        // The first six keep the plain look every chart had before.
        Assert.All(Enumerable.Range(0, 6), i => Assert.Null(ReportPalette.HypothesisHatch(i)));
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(ScottPlot.LinePattern.Solid, ReportPalette.HypothesisPattern(i)));
    }
}
