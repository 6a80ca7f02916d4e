using Parley.Data.Survival;
using Parley.Domain;
using Parley.Application.Results;

namespace Parley.Cli.Tests.Reports;

public sealed class ReportModelTests
{
    private static void Fails(Action build, string mustSay)
    {
        var ex = Assert.Throws<ModelException>(build);
        Assert.Contains(mustSay, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Shares_must_lie_in_zero_to_one() =>
        Fails(() => _ = new FoodPoint(0, 0, 1.2), "the share of food need met is 1.2: a share must be between 0 and 1");

    [Fact]
    public void Quartiles_must_be_in_order() =>
        Fails(() => _ = new Quartiles(30, 20, 40), "the median (20) is below the lower quartile (30)");

    [Fact]
    public void Survival_cannot_rise() =>
        Fails(() => _ = new CeasefireHoldShares(0.5, 0.6, 0.1), "ceasefire survival at 90 days (0.6) is above that at 30 days (0.5)");

    [Fact]
    public void Survival_bands_must_hold_the_estimate() =>
        Fails(() => _ = new SurvivalCurve("g", 5, [new SurvivalPoint(10, 0.5, 0.6, 0.7, 5)]), "the lower band at day 10 (0.6) is above the estimate (0.5)");

    [Fact]
    public void Time_series_must_run_forward()
    {
        var h = ReportFixture.Build().Hypotheses[0];
        FoodPoint[] backwards = [new(0, 14, 0.3), new(1, 7, 0.3)];
        Fails(
            () => _ = new HypothesisReport(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
                h.ParetoFrontier, h.Agreement, h.RangeOverTime, h.Endings, h.TimeToAgreementDays, h.CeasefireSurvival, h.Casualties, backwards),
            "hypothesis 'limited-aims': the food share goes back in time at position 2 (day 7 after day 14)");
    }

    [Fact]
    public void Range_size_and_share_must_agree_on_emptiness()
    {
        var h = ReportFixture.Build().Hypotheses[0];
        Fails(
            () => _ = new HypothesisReport(h.Name, h.Description, 0, 0.2, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
                h.ParetoFrontier, h.Agreement, h.RangeOverTime, h.Endings, h.TimeToAgreementDays, h.CeasefireSurvival, h.Casualties, h.FoodShare),
            "range size 0 and share 0.2 disagree");
    }

    [Fact]
    public void Endings_are_named_once()
    {
        var h = ReportFixture.Build().Hypotheses[0];
        Fails(
            () => _ = new HypothesisReport(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
                h.ParetoFrontier, h.Agreement, h.RangeOverTime, [new("stalemate", 1), new("stalemate", 2)], h.TimeToAgreementDays, h.CeasefireSurvival, h.Casualties, h.FoodShare),
            "names 'stalemate' twice");
    }

    [Fact]
    public void A_report_needs_a_hypothesis_and_unique_names()
    {
        var r = ReportFixture.Build();
        Fails(() => _ = new RunReport(r.ScenarioTitle, r.Belligerents, [], r.Sources, null, [], [], r.Metadata), "the report has no hypotheses: give at least one");
        Fails(() => _ = new RunReport(r.ScenarioTitle, r.Belligerents, [r.Hypotheses[0], r.Hypotheses[0]], r.Sources, null, [], [], r.Metadata), "the hypotheses names 'limited-aims' twice");
    }

    [Fact]
    public void The_map_must_be_svg() =>
        Fails(() => _ = ReportFixture.Build(mapSvg: "<div>map</div>"), "the withdrawal map is not an SVG document");

    [Fact]
    public void Source_addresses_must_be_http() =>
        Fails(() => _ = new SourceReference("x", "X", "javascript:alert(1)"), "source 'x': 'javascript:alert(1)' is not an http(s) address");

    [Fact]
    public void Counts_and_names_are_checked()
    {
        Fails(() => _ = new EndingCount("victory", -1), "the count of ending 'victory' is -1");
        Fails(() => _ = new EndingCount(" ", 1), "an ending's name is empty");
        Fails(() => _ = new AgreementReached("text", new UtilityPoint(0.5, 0.5), 0, 3), "the agreement's round is 0: it must be at least 1");
        Fails(() => _ = new UtilityPoint(double.NaN, 0), "the first belligerent's utility is NaN");
        Fails(() => _ = new RunMetadata(1, 10, 0, "v", TimeSpan.Zero, "s"), "the number of threads is 0");
    }

    [Fact]
    public void Derived_figures_follow_the_counts()
    {
        var h = ReportFixture.Build().Hypotheses[1];
        // 410 + 380 + 150 + 60 = 1,000 runs; military victory 410 / 1000 = 0.41.
        Assert.Equal(1000, h.TotalRuns);
        Assert.Equal(0.41, h.ShareOf(h.Endings[0]), 12);
        Assert.Equal(["military victory: Israel", "stalemate", "ceasefire, collapsed", "negotiated settlement"], h.EndingsByFrequency.Select(e => e.Ending));
    }
}
