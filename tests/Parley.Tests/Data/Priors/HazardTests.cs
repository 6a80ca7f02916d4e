using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Randomness;
using Parley.Tests.Data.Datasets;

namespace Parley.Tests.Data.Priors;

public sealed class HazardTests
{
    [Fact]
    public void Constant_hazard_is_events_over_exposure_with_a_garwood_interval()
    {
        var start = new PartialDate(2020, 1, 1);
        var ceasefires = CeasefireAggregation.Aggregate(
        [
            CeasefireAggregationTests.Row(1001, "a", start, 2, new PartialDate(2020, 1, 10), written: 1),   // event at 10 days
            CeasefireAggregationTests.Row(1002, "a", start, 2, new PartialDate(2020, 1, 30), written: 1),   // event at 30 days
            CeasefireAggregationTests.Row(1003, "a", start, 1, new PartialDate(2020, 2, 29), written: 1),   // censored at 60 days
            CeasefireAggregationTests.Row(1004, "a", start, 2, new PartialDate(2020, 1, 2), written: 0),    // not selected
        ]);
        var estimate = CeasefirePriors.Hazard(ceasefires, CeasefireFilter.Parse("written=1"));
        // 2 events in 10 + 30 + 60 = 100 days: λ = 0.02/day; interval χ²(0.025; 4)/200 to χ²(0.975; 6)/200.
        Assert.Equal(3, estimate.Ceasefires);
        Assert.Equal(2, estimate.Events);
        Assert.Equal(100, estimate.ExposureDays);
        Assert.Equal(0.02, estimate.PerDay.Estimate, 14);
        Assert.Equal(ChiSquared.Quantile(0.025, 4) / 200, estimate.PerDay.Lower, 12);
        Assert.Equal(ChiSquared.Quantile(0.975, 6) / 200, estimate.PerDay.Upper, 12);
        // χ² quantiles from tables: 0.4844 (df 4, 0.025) and 14.449 (df 6, 0.975).
        Assert.Equal(0.4844 / 200, estimate.PerDay.Lower, 5);
        Assert.Equal(14.449 / 200, estimate.PerDay.Upper, 4);
        Assert.Equal(Math.Log(2) / 0.02, estimate.ImpliedMedianDays, 10);
    }

    [Fact]
    public void Piecewise_hazard_by_hand()
    {
        // Times 10 (event), 30 (event), 60 (censored); cuts at 30:
        //   (0, 30]: exposure 10 + 30 + 30 = 70, events 2 -> 2/70.
        //   (30, ∞): exposure 30 (the 60-day one), events 0.
        SurvivalObservation[] obs = [new(10, true), new(30, true), new(60, false)];
        var pieces = PiecewiseHazard.Estimate(obs, [30]);
        Assert.Equal(2, pieces.Count);
        Assert.Equal(70, pieces[0].ExposureDays);
        Assert.Equal(2.0 / 70, pieces[0].PerDay.Estimate, 14);
        Assert.Equal(30, pieces[1].ExposureDays);
        Assert.Equal(0, pieces[1].Events);
        Assert.Null(pieces[1].ToDay);
        // Cumulative hazard inversion: reaching 2/70 * 30 + 0.5 * 0 ... target 0.5 inside the first window at 0.5 / (2/70) = 17.5 days.
        Assert.Equal(17.5, PiecewiseHazard.InvertCumulative(pieces, [2.0 / 70, 0.01], 0.5), 12);
        // Beyond the first window: 30 days give 6/7; the rest at 0.01/day: (1 - 6/7) / 0.01 = 14.2857 more days.
        Assert.Equal(30 + ((1 - (6.0 / 7)) / 0.01), PiecewiseHazard.InvertCumulative(pieces, [2.0 / 70, 0.01], 1), 10);
    }

    [Fact]
    public void A_higher_hazard_gives_shorter_ceasefires()
    {
        var low = CeasefireDurationSimulation.Simulate(0.002, 20_000, seed: 7);
        var high = CeasefireDurationSimulation.Simulate(0.02, 20_000, seed: 7);
        Assert.True(high.MeanDays < low.MeanDays);
        Assert.True(high.HoldingAfter(30) < low.HoldingAfter(30));
        // With a shared seed each run's uniform is the same, so every single duration is shorter.
        Assert.All(high.Durations.Zip(low.Durations), p => Assert.True(p.First <= p.Second));
    }

    [Fact]
    public void Priors_flow_into_the_simulation()
    {
        // Ceasefires with a humanitarian purpose vs the rest: the group with the higher estimated hazard simulates shorter.
        var ceasefires = SharedData.All.Ceasefires;
        var a = CeasefirePriors.Hazard(ceasefires, CeasefireFilter.Parse("location=Israel"));
        var b = CeasefirePriors.Hazard(ceasefires, CeasefireFilter.Parse("written=1|2,mediator_nego=1"));
        Assert.True(a.PerDay.Estimate > b.PerDay.Estimate);
        var simA = CeasefireDurationSimulation.SimulatePiecewise(a.Pieces, 10_000, seed: 3);
        var simB = CeasefireDurationSimulation.SimulatePiecewise(b.Pieces, 10_000, seed: 3);
        Assert.True(simA.MeanDays < simB.MeanDays);
        Assert.True(simA.HoldingAfter(90) < simB.HoldingAfter(90));
    }

    [Fact]
    public void Exponential_durations_have_mean_one_over_lambda()
    {
        // E[T] = 1/λ = 100 days; SD = 100, so with 40,000 runs the mean's SE is 0.5 day: allow 4 SE.
        var sim = CeasefireDurationSimulation.Simulate(0.01, 40_000, seed: 11, horizonDays: 1e9);
        Assert.InRange(sim.MeanDays, 98, 102);
        // P(T > 69.3) = e^-0.693 = 0.5.
        Assert.InRange(sim.HoldingAfter(Math.Log(2) / 0.01), 0.49, 0.51);
    }

    [Fact]
    public void Runs_are_a_pure_function_of_seed_and_run_index()
    {
        var sim = CeasefireDurationSimulation.Simulate(0.01, 1000, seed: 5);
        for (var run = 0; run < 1000; run += 97)
        {
            var random = new CounterRandom(5, (ulong)run);
            var expected = Math.Min(-Math.Log(1 - random.NextDouble()) / 0.01, 3650);
            Assert.Equal(expected, sim.Durations[run]);
        }
        Assert.Equal(sim.Durations, CeasefireDurationSimulation.Simulate(0.01, 1000, seed: 5).Durations);
    }

    [Fact]
    public void Gamma_draws_have_the_right_mean()
    {
        // Gamma(a, 1) has mean a and variance a; 20,000 draws of Gamma(2.5): SE of the mean 0.011.
        foreach (var shape in new[] { 0.5, 2.5 })
        {
            var sum = 0.0;
            for (var run = 0; run < 20_000; run++)
            {
                var random = new CounterRandom(9, (ulong)run);
                sum += CeasefireDurationSimulation.GammaDraw(ref random, shape);
            }
            Assert.InRange(sum / 20_000, shape - (5 * Math.Sqrt(shape / 20_000)), shape + (5 * Math.Sqrt(shape / 20_000)));
        }
    }

    [Fact]
    public void Drawing_from_the_curve_reproduces_it()
    {
        // Curve: 100 subjects, events at 10 (20 of them) and 50 (30 of them), 50 censored at 100: S(10) = 0.8, S(50) = 0.5.
        var obs = Enumerable.Repeat(new SurvivalObservation(10, true), 20)
            .Concat(Enumerable.Repeat(new SurvivalObservation(50, true), 30))
            .Concat(Enumerable.Repeat(new SurvivalObservation(100, false), 50)).ToList();
        var curve = KaplanMeier.Estimate(obs);
        var sim = CeasefireDurationSimulation.SimulateFromCurve(curve, 40_000, seed: 2);
        // Binomial SE at p = 0.5, n = 40,000 is 0.0025: allow 4 SE.
        Assert.InRange(sim.HoldingAfter(20), 0.79, 0.81);
        Assert.InRange(sim.HoldingAfter(60), 0.49, 0.51);
        Assert.InRange(sim.StillHolding / 40_000.0, 0.49, 0.51);
    }

    [Fact]
    public void Bad_simulation_inputs_are_model_errors()
    {
        Assert.Throws<Parley.Domain.ModelException>(() => CeasefireDurationSimulation.Simulate(-1, 10, 1));
        Assert.Throws<Parley.Domain.ModelException>(() => CeasefireDurationSimulation.Simulate(0.1, 0, 1));
        Assert.Throws<Parley.Domain.ModelException>(() => PiecewiseHazard.Estimate([new SurvivalObservation(1, true)], [30, 7]));
    }
}
