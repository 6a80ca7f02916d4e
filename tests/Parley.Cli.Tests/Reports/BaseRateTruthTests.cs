using Parley.Application.Results;
using Parley.Reports.Charts;

namespace Parley.Cli.Tests.Reports;

/// <summary>
/// The base-rate charts say only true things (issue 11 §5): endings as shares of the coded cases with
/// the cases not coded counted in the caption, Kaplan-Meier groups in words with their n, and each
/// hypothesis's ceasefire curve set against the subset of the data that matches the scenario.
/// </summary>
public sealed class BaseRateTruthTests
{
    [Fact]
    public void Endings_are_shares_of_the_coded_cases_and_the_caption_counts_the_rest()
    {
        // 30 + 10 = 40 coded cases, 5 not coded: 75% and 25% of the coded, 45 in all.
        var endings = new EmpiricalEndings("hand-made", [new("peace agreement", 30), new("low activity", 10)], NotCoded: 5);
        Assert.Equal(0.75, endings.ShareOf(endings.Shares[0]), 12);
        Assert.Equal(0.25, endings.ShareOf(endings.Shares[1]), 12);
        Assert.Equal(
            "Share of the 40 cases whose ending is coded (of 45) that ended each way; 5 cases whose ending is not coded are left out.",
            BaseRatesChart.Counts(endings));
        var chart = BaseRatesChart.Render(endings, "chart-base-rates-test");
        Assert.Contains(BaseRatesChart.Counts(endings), chart.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome not coded", chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caption_of_the_fixture_reads_its_own_counts()
    {
        // The fixture: 42 + 18 + 9 + 16 + 15 = 100 coded cases and 7 not coded.
        var report = ReportFixture.Build();
        var chart = BaseRatesChart.Render(report.EmpiricalEndings!, "chart-base-rates-test");
        Assert.Contains("Share of the 100 cases whose ending is coded (of 107) that ended each way; 7 cases whose ending is not coded are left out.", chart.Caption, StringComparison.Ordinal);
        Assert.Equal("every case's ending is coded", BaseRatesChart.Counts(new EmpiricalEndings("x", [new("a", 1)])).Split("; ")[1].TrimEnd('.'));
    }

    [Fact]
    public void Survival_groups_are_named_with_their_n_and_what_they_select()
    {
        var report = ReportFixture.Build();
        var chart = SurvivalChart.ByFeature(report, report.EmpiricalSurvival!, "chart-km-test");
        Assert.Contains("with third-party monitoring (n = 120)", chart.Caption, StringComparison.Ordinal);
        Assert.Contains("without monitoring (n = 80)", chart.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("Model", chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_curve_is_compared_with_the_matching_subset_from_the_same_runs_as_the_table()
    {
        var report = ReportFixture.Build();
        var chart = SurvivalChart.AgainstModel(report, report.MatchedSurvival!, "chart-km-model-test");

        // The subset and its n (40 ceasefires, 10 breakdowns), and each hypothesis with ceasefires: its n
        // and the 30/90/365-day shares of its CeasefireSurvival, the figures the summary table prints.
        Assert.Contains("held out of the fit: location=Israel (n = 40, 10 broke down: location=Israel)", chart.Caption, StringComparison.Ordinal);
        Assert.Contains("limited-aims n = 800 ceasefires, 91% holding at 30 days, 74% at 90, 52% at 365", chart.Caption, StringComparison.Ordinal);
        Assert.Contains("unlimited-aims n = 150 ceasefires, 70% holding at 30 days, 40% at 90, 15% at 365", chart.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("attrition", chart.Caption, StringComparison.Ordinal); // no ceasefire in its runs
        Assert.DoesNotContain("coincide", chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_model_curves_are_drawn_once_and_named_together()
    {
        var report = ReportFixture.Build();
        var same = report.Hypotheses[0].CeasefireCurve!;
        var twin = With(report.Hypotheses[1], curve: new SurvivalCurve("unlimited-aims", same.Count, same.Points));
        var changed = Replace(report, [report.Hypotheses[0], twin, report.Hypotheses[2]]);
        var chart = SurvivalChart.AgainstModel(changed, changed.MatchedSurvival!, "chart-km-model-test");
        Assert.Contains("Drawn once because they coincide exactly (the same curve): limited-aims and unlimited-aims.", chart.Caption, StringComparison.Ordinal);
    }

    internal static HypothesisReport With(HypothesisReport h, SurvivalCurve? curve = null, IReadOnlyList<FoodPoint>? food = null) =>
        new(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
            h.ParetoFrontier, h.Agreement, h.RangeOverTime, h.Endings, h.TimeToAgreementDays, h.CeasefireSurvival, h.Casualties, food ?? h.FoodShare)
        {
            Prevailing = h.Prevailing,
            AfterCeasefireCollapse = h.AfterCeasefireCollapse,
            CeasefireCurve = curve ?? h.CeasefireCurve,
        };

    internal static RunReport Replace(RunReport r, IReadOnlyList<HypothesisReport> hypotheses) =>
        new(r.ScenarioTitle, r.Belligerents, hypotheses, r.Sources, r.WithdrawalMapSvg, r.WithdrawalOptions, r.AidChannels, r.Metadata, r.EmpiricalSurvival, r.EmpiricalEndings)
        {
            MatchedSurvival = r.MatchedSurvival,
        };
}
