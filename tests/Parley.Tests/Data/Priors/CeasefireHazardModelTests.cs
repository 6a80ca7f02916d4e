using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Parley.Data.Survival;
using Parley.Tests.Data.Datasets;

namespace Parley.Tests.Data.Priors;

public sealed class CeasefireHazardModelTests
{
    private static readonly Lazy<CeasefireHazardModel> AllData = new(() => CeasefireHazardModel.Fit(SharedData.All.Ceasefires));

    private static readonly Lazy<HeldOutComparison> Israel = new(() =>
        CeasefireHazardValidation.HeldOut(SharedData.All.Ceasefires, CeasefireFilter.Parse("location=Israel")));

    [Fact]
    public void Piecewise_curve_by_hand()
    {
        // Times 10 (event), 30 (event), 60 (censored), cut at 30: rates 2/70 on (0, 30] and 0 after.
        SurvivalObservation[] obs = [new(10, true), new(30, true), new(60, false)];
        var curve = new PiecewiseHazardCurve(PiecewiseHazard.Estimate(obs, [30]));
        Assert.Equal(2.0 / 70, curve.Hazard(5), 14);
        Assert.Equal(0, curve.Hazard(45));
        Assert.Equal(Math.Exp(-10 * 2.0 / 70), curve.Survival(10), 14);
        Assert.Equal(Math.Exp(-30 * 2.0 / 70), curve.Survival(45), 14);
        // Var H(10) = 10² · 2 / 70², H(10) = 20/70, so SE(ln H) = (10 √2 / 70) / (20 / 70) = 1/√2.
        var s = curve.SurvivalInterval(10);
        var h = 10 * 2.0 / 70;
        var z = Parley.Data.Statistics.Normal.Quantile(0.975);
        Assert.Equal(Math.Exp(-h * Math.Exp(z / Math.Sqrt(2))), s.Lower, 12);
    }

    [Fact]
    public void Exclusion_really_excludes()
    {
        var start = new PartialDate(2020, 1, 1);
        var ceasefires = CeasefireAggregation.Aggregate(
        [
            CeasefireAggregationTests.Row(1001, "a", start, 2, new PartialDate(2020, 1, 2), location: "Israel"),
            CeasefireAggregationTests.Row(1002, "a", start, 2, new PartialDate(2020, 1, 3), location: "Israel"),
            CeasefireAggregationTests.Row(2001, "a", start, 2, new PartialDate(2020, 1, 10), location: "Colombia"),
            CeasefireAggregationTests.Row(2002, "a", start, 2, new PartialDate(2020, 2, 19), location: "Colombia"),
            CeasefireAggregationTests.Row(2003, "a", start, 1, new PartialDate(2020, 4, 9), location: "Colombia"),
        ]);
        var selection = CeasefireSelection.Parse("all", "location=Israel");
        Assert.Equal([2001, 2002, 2003], ceasefires.Where(selection.Matches).Select(c => c.UniqueId));
        var model = CeasefireHazardModel.Fit(ceasefires, new CeasefireHazardOptions { Selection = selection, EstimateClauses = false });
        // Only Colombia: events at 10 and 50 days, censored at 100: exponential rate 2 / 160.
        Assert.Equal(3, model.Ceasefires);
        Assert.Equal(2, model.Events);
        Assert.Equal(160.0 / 2, model.Exponential.Scale.Estimate, 9);
        Assert.Equal("all excluding location=Israel", model.Selection);
        // An empty exclusion excludes nothing.
        Assert.Equal(5, ceasefires.Count(CeasefireSelection.Parse(null, "").Matches));
    }

    [Fact]
    public void Exclusion_on_the_real_data_matches_the_complement_filter()
    {
        var all = SharedData.All.Ceasefires;
        var excluded = CeasefireHazardModel.Fit(all, new CeasefireHazardOptions { Selection = CeasefireSelection.Parse(null, "location=Israel"), EstimateClauses = false });
        var complement = CeasefireHazardModel.Fit(all, new CeasefireHazardOptions { Selection = CeasefireSelection.Parse("location!=Israel"), EstimateClauses = false });
        Assert.Equal(complement.Weibull.Shape.Estimate, excluded.Weibull.Shape.Estimate, 12);
        Assert.Equal(complement.Ceasefires, excluded.Ceasefires);
        var israelUsable = CeasefireSurvival.Observe(all.Where(c => c.Location == "Israel"), CeasefireEvent.Breakdown).Observations.Count;
        Assert.Equal(AllData.Value.Ceasefires - israelUsable, excluded.Ceasefires);
        Assert.True(israelUsable > 0);
    }

    [Fact]
    public void Real_data_hazard_falls_over_time()
    {
        var model = AllData.Value;
        Assert.True(model.Weibull.Shape.Upper < 1, $"shape {model.Weibull.Shape}");
        Assert.True(model.ShapeProfileInterval.Upper < 1, $"profile {model.ShapeProfileInterval}");
        Assert.InRange(model.Weibull.Shape.Estimate, model.ShapeProfileInterval.Lower, model.ShapeProfileInterval.Upper);
        Assert.True(model.ShapeTest.PValue < 1e-6);
        Assert.True(model.Hazard(10) > model.Hazard(100) && model.Hazard(100) > model.Hazard(1000));
        // Exponential fit = events / exposure, the constant hazard the existing estimate reports.
        var constant = CeasefirePriors.Hazard(SharedData.All.Ceasefires, CeasefireFilter.All);
        Assert.Equal(constant.PerDay.Estimate, 1 / model.Exponential.Scale.Estimate, 12);
        Assert.Equal(constant.Events, model.Events);
        // The piecewise windows fall too (first day vs after a year).
        Assert.True(model.Piecewise.Hazard(0.5) > model.Piecewise.Hazard(400));
        foreach (var d in new[] { 30, 90, 365 })
        {
            var s = model.SurvivalInterval(d);
            Assert.True(s.Lower < s.Estimate && s.Estimate < s.Upper);
        }
    }

    [Fact]
    public void Weibull_simulation_reproduces_the_fitted_curve()
    {
        var model = AllData.Value;
        var sim = CeasefireDurationSimulation.SimulateWeibull(model.Weibull, 40_000, seed: 8);
        // Binomial SE at p ≈ 0.8 with 40,000 runs is 0.002: allow 4 SE.
        foreach (var d in new[] { 30, 90, 365 })
        {
            Assert.InRange(sim.HoldingAfter(d), model.Survival(d) - 0.008, model.Survival(d) + 0.008);
        }
        Assert.Equal(sim.Durations, CeasefireDurationSimulation.SimulateWeibull(model.Weibull, 40_000, seed: 8).Durations);
    }

    [Fact]
    public void Breakdown_probability_is_the_conditional_survival()
    {
        var model = AllData.Value;
        Assert.Equal(1 - (model.Survival(60) / model.Survival(30)), model.BreakdownProbability(30, 60), 12);
        // Multiplier m: 1 − (S(60)/S(30))^m.
        Assert.Equal(1 - Math.Pow(model.Survival(60) / model.Survival(30), 2.5), model.BreakdownProbability(30, 60, 2.5), 12);
        // A falling hazard: the same 30-day window is riskier early.
        Assert.True(model.BreakdownProbability(0, 30) > model.BreakdownProbability(300, 330));
    }

    [Fact]
    public void Temptation_scales_each_side_s_half_of_the_hazard()
    {
        // β = ln 2 / 0.1: a temptation of 0.1 doubles a side's half; ½ (2 + 1) = 1.5.
        Assert.Equal(1, CeasefireTemptation.Multiplier(0, 0, CeasefireTemptation.DefaultBeta), 12);
        Assert.Equal(1.5, CeasefireTemptation.Multiplier(0.1, 0, CeasefireTemptation.DefaultBeta), 12);
        Assert.Equal(Math.Exp(-0.5), CeasefireTemptation.SideMultiplier(-0.1, 5), 12);
        var model = AllData.Value;
        var risk = CeasefireTemptation.Risk(model, 30, 60, 0.1, 0, CeasefireTemptation.DefaultBeta);
        Assert.Equal(model.BreakdownProbability(30, 60, 1.5), risk.Probability, 12);
        Assert.Equal(2.0 / 3 * risk.Probability, risk.ByA, 12);
        Assert.Equal(risk.Probability, risk.ByA + risk.ByB, 12);
        Assert.Throws<Parley.Domain.ModelException>(() => CeasefireTemptation.SideMultiplier(0.1, -1));
    }

    [Fact]
    public void Clause_effects_are_estimated_once_and_combine_as_products()
    {
        var effects = AllData.Value.ClauseEffects!;
        Assert.Equal(CeasefireClauseEffects.Covariates.Select(c => c.Name), effects.Regression.CovariateNames);
        Assert.Equal(7, effects.Effects.Count);
        Assert.False(effects[CeasefireClause.BufferZone].Estimated);
        Assert.Equal(1, effects.Multiplier(CeasefireClause.BufferZone));
        Assert.All(effects.Effects, e => Assert.False(e.Verified));
        // Guarantee and enforcement share one ETH/PRIO code: together they count once.
        Assert.Equal(effects.Multiplier(CeasefireClause.Enforcement), effects.Multiplier(CeasefireClause.Enforcement | CeasefireClause.Guarantee), 12);
        var written = effects[CeasefireClause.Written].HazardRatio.Estimate;
        var monitoring = effects[CeasefireClause.Monitoring].HazardRatio.Estimate;
        Assert.Equal(written * monitoring, effects.Multiplier(CeasefireClause.Written | CeasefireClause.Monitoring), 12);
        // Survival of a text with clauses: S(t | x) = S(t | 0)^multiplier under proportional hazards.
        var model = AllData.Value;
        var none = model.Survival(90, CeasefireClause.None);
        Assert.Equal(Math.Pow(none, written), model.Survival(90, CeasefireClause.Written), 10);
        Assert.True(model.Survival(30, CeasefireClause.Written) > model.Survival(365, CeasefireClause.Written));
    }

    [Fact]
    public void Held_out_israel_is_not_in_the_fit_and_is_compared_whole()
    {
        var comparison = Israel.Value;
        var israel = CeasefireSurvival.Observe(SharedData.All.Ceasefires.Where(c => c.Location == "Israel"), CeasefireEvent.Breakdown).Observations;
        Assert.Equal(israel.Count, comparison.HeldOutCurve.Count);
        Assert.Equal(AllData.Value.Ceasefires - israel.Count, comparison.Model.Ceasefires);
        Assert.Contains("excluding location=Israel", comparison.Model.Selection, StringComparison.Ordinal);
        Assert.Equal([30, 90, 365], comparison.Points.Select(p => p.Day));
        // The Kaplan-Meier figures the issue quotes for the Israel subset: 67.2 / 56.0 / 33.6%.
        Assert.Equal(0.672, comparison.Points[0].KaplanMeier.Survival, 3);
        Assert.Equal(0.560, comparison.Points[1].KaplanMeier.Survival, 3);
        Assert.Equal(0.336, comparison.Points[2].KaplanMeier.Survival, 3);
        Assert.Equal(comparison.HeldOutCurve.Events, comparison.WeibullTest.Observed);
        Assert.Equal(israel.Sum(o => comparison.Model.CumulativeHazard(o.Time)), comparison.WeibullTest.Expected, 9);
        Assert.NotNull(comparison.ClauseAdjustedTest);
        Assert.Throws<Parley.Domain.ModelException>(() => CeasefireHazardValidation.HeldOut(SharedData.All.Ceasefires, CeasefireFilter.All));
    }
}
