using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;
using Parley.Tests.Data.Datasets;

namespace Parley.Tests.Data.Survival;

public sealed class CeasefireSurvivalTests
{
    private static IReadOnlyList<Ceasefire> Synthetic()
    {
        var start = new PartialDate(2020, 1, 1);
        return CeasefireAggregation.Aggregate(
        [
            CeasefireAggregationTests.Row(1001, "a", start, 2, new PartialDate(2020, 1, 10)),  // broke down, 10 days
            CeasefireAggregationTests.Row(1002, "a", start, 1, new PartialDate(2020, 1, 3)),   // expired, 3 days
            CeasefireAggregationTests.Row(1003, "a", start, 4, new PartialDate(2020, 1, 20)),  // replaced, 20 days
            CeasefireAggregationTests.Row(1004, "a", start, 0, null),                         // in force at 2020-12-31: 366 days
            CeasefireAggregationTests.Row(1005, "a", start, -1, null),                        // unclear, undated: left out
            CeasefireAggregationTests.Row(1006, "a", null, 3, null),                          // never took effect: left out
            CeasefireAggregationTests.Row(1007, "a", start, -1, new PartialDate(2020, 1, 5)),  // unclear end, dated: 5 days
        ]);
    }

    [Fact]
    public void Breakdown_counts_only_breakdowns_and_censors_the_rest()
    {
        var obs = CeasefireSurvival.Observe(Synthetic(), CeasefireEvent.Breakdown);
        Assert.Equal([(10.0, true), (3.0, false), (20.0, false), (366.0, false), (5.0, false)], obs.Observations.Select(o => (o.Time, o.IsEvent)));
        Assert.Equal(2, obs.ExcludedCount);
        Assert.Equal(1, obs.Excluded["never took effect"]);
        Assert.Equal(1, obs.Excluded["end unclear and undated"]);
    }

    [Fact]
    public void Any_end_counts_every_dated_end()
    {
        var obs = CeasefireSurvival.Observe(Synthetic(), CeasefireEvent.AnyEnd);
        Assert.Equal([true, true, true, false, true], obs.Observations.Select(o => o.IsEvent));
    }

    [Fact]
    public void Group_summary_by_hand()
    {
        var obs = CeasefireSurvival.Observe(Synthetic(), CeasefireEvent.Breakdown).Observations;
        var summary = CeasefireSurvival.Summarise("all", "all", false, obs, [7, 15], 0.95);
        // Times 3+, 5+, 10, 20+, 366+: at 10 days, 3 at risk and 1 event -> S = 2/3; before that S = 1.
        Assert.Equal(1, summary.Holding[0].Share);
        Assert.Equal(2.0 / 3, summary.Holding[1].Share, 12);
        Assert.Equal(2, summary.Holding[1].AtRisk);
        // Constant hazard: 1 event in 3 + 5 + 10 + 20 + 366 = 404 days.
        Assert.Equal(1.0 / 404, summary.HazardPerDay.Estimate, 14);
        Assert.Equal(404, summary.ExposureDays);
    }

    [Fact]
    public void The_real_analysis_accounts_for_every_selected_ceasefire()
    {
        var report = CeasefireSurvival.Analyse(SharedData.All.Ceasefires, CeasefireFilter.All, ["written", "mediator_nego", "partial", "p_humanitarian", "fixed"]);
        Assert.Equal(2203, report.Selected);
        Assert.Equal(report.Selected, report.Overall.Count + report.Excluded.Values.Sum());
        Assert.Equal(report.Overall.Count, report.Overall.Events + report.Overall.Censored);
        foreach (var split in report.Splits)
        {
            Assert.Equal(report.Overall.Count, split.Groups.Sum(g => g.Count));
            Assert.Equal(report.Overall.Events, split.Groups.Sum(g => g.Events));
            Assert.NotNull(split.Test);
            Assert.Equal(split.Groups.Count - 1, split.Test!.DegreesOfFreedom);
        }
        // Every broken-down ceasefire with a usable duration is an event.
        var brokeDown = SharedData.All.Ceasefires.Count(c => c.EndKind == CeasefireEnd.BrokeDown && c.DurationDays is not null);
        Assert.Equal(brokeDown, report.Overall.Events);
        Assert.True(report.Unverified);
    }

    [Fact]
    public void Curves_match_the_summary()
    {
        var curves = CeasefireSurvival.Curves(SharedData.All.Ceasefires, CeasefireFilter.Parse("location=Israel"), ["written"]);
        var report = CeasefireSurvival.Analyse(SharedData.All.Ceasefires, CeasefireFilter.Parse("location=Israel"), ["written"]);
        Assert.Equal(report.Overall.Count, curves[0].Curve.Count);
        Assert.Equal(report.Overall.Holding[0].Share, curves[0].Curve.At(30).Survival, 14);
        Assert.Equal(report.Splits[0].Groups.Count, curves.Count - 1);
    }

    [Fact]
    public void Splitting_by_a_number_is_refused() =>
        Assert.Throws<Parley.Domain.ModelException>(() => CeasefireSurvival.Analyse(SharedData.All.Ceasefires, CeasefireFilter.All, ["year"]));
}
