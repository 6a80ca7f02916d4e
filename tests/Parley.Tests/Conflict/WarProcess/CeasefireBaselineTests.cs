using Parley.Application;
using Parley.Conflict.WarProcess;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Parley.Simulation;
using Parley.Simulation.Summaries;
using Parley.Tests.Scenarios;
using Xunit.Abstractions;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The ceasefire's baseline hazard curve in the war process (docs/war-process.md, "Ceasefires").</summary>
public sealed class CeasefireBaselineTests(ITestOutputHelper output)
{
    [Fact]
    public void One_day_of_temptation_scales_the_hazard_as_computed_by_hand()
    {
        // q = 0.01, T_A = 0.1, T_B = 0, beta = ln 2 / 0.1: A's half doubles, B's stays, so the multiplier
        // is (2 + 1) / 2 = 1.5, the day's chance 1 - exp(-0.015) = 0.0148881..., two thirds of it A's.
        var p = CeasefireDayRisk.Breakdown(0.01, 0.1, 0, Math.Log(2) / 0.1, out var byA);
        Assert.Equal(1 - Math.Exp(-0.015), p, 12);
        Assert.Equal(0.014888060396937353, p, 12);
        Assert.Equal(p * 2 / 3, byA, 12);
        // Negative temptation halves: T = -0.1 on both sides gives exp(-0.005).
        Assert.Equal(1 - Math.Exp(-0.005), CeasefireDayRisk.Breakdown(0.01, -0.1, -0.1, Math.Log(2) / 0.1, out _), 12);
    }

    [Fact]
    public void The_daily_table_integrates_a_weibull_baseline()
    {
        var baseline = CeasefireBaseline.Weibull(0.5, 400, 0, "test");
        var table = baseline.DailyTable(365);
        Assert.Equal(Math.Sqrt(1 / 400.0), table[0], 12);
        Assert.Equal(Math.Pow(365 / 400.0, 0.5), table.Sum(), 9);
        Assert.True(table[1] < table[0], "a shape below 1 is a hazard that falls with age");
    }

    [Fact]
    public void Without_temptation_effect_simulated_ceasefires_follow_the_weibull_survival()
    {
        // beta = 0: temptation has no effect and the simulated survival must be S(t) = exp(-(t/scale)^shape).
        const double shape = 0.45, scale = 3000;
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims");
        var war = scenario.War!;
        var cf = war.Ceasefire with { TemptationBeta = 0, Baseline = CeasefireBaseline.Weibull(shape, scale, 0, "closed-form test") };
        var model = new ScenarioWarModel(scenario with { War = war with { Ceasefire = cf } }, "limited-aims");
        var summary = SimulationSummary.Of(MonteCarloRunner.Run(model, new MonteCarloOptions(4000, seed: 3)));
        Assert.True(summary.Ceasefires > 3000, $"{summary.Ceasefires} ceasefires");
        foreach (var point in summary.CeasefireHolds)
        {
            var expected = Math.Exp(-Math.Pow(point.Time / scale, shape));
            // The Kaplan-Meier band is a 95% interval: widen it by half (about 3 standard errors).
            var half = 1.5 * Math.Max(point.Survival - point.Lower, point.Upper - point.Survival);
            output.WriteLine($"day {point.Time}: simulated {point.Survival:P2} ({point.Lower:P2}-{point.Upper:P2}), S(t) {expected:P2}");
            Assert.InRange(expected, point.Survival - half, point.Survival + half);
        }
    }

    [Fact]
    public void Gaza_ceasefires_fitted_without_the_Israel_subset_against_its_Kaplan_Meier_curve()
    {
        var resolved = HazardFromData.Resolve(GazaFiles.Scenario, Data.SharedData.Directory);
        var cf = resolved.War!.Ceasefire;
        Assert.Contains("excluding location=Israel", cf.HazardSource);
        Assert.Equal("weibull", cf.Baseline!.Kind);
        var israel = CeasefireHazardModel.Fit(CeasefireAggregation.Aggregate(EthPrioReader.Read(Data.SharedData.Directory).Rows),
            new CeasefireHazardOptions { Selection = CeasefireSelection.Parse("location=Israel"), EstimateClauses = false }).Curve;
        output.WriteLine(cf.HazardSource);
        foreach (var curve in new[] { "weibull", "piecewise" })
        {
            var war = GazaFiles.Scenario.War!;
            var scenario = HazardFromData.Resolve(GazaFiles.Scenario with { War = war with { Ceasefire = war.Ceasefire with { HazardCurve = curve } } }, Data.SharedData.Directory);
            var hypothesis = "limited-aims";
            cf = scenario.War!.Ceasefire;
            var model = new ScenarioWarModel(scenario.WithHypothesis(hypothesis), hypothesis);
            var summary = SimulationSummary.Of(MonteCarloRunner.Run(model, new MonteCarloOptions(2000, seed: 1)));
            foreach (var day in new[] { 7, 14, 30, 60, 90, 180, 365, 540 })
            {
                var km = summary.CeasefireHoldsAt(day);
                var target = israel.At(day);
                output.WriteLine($"{curve} {hypothesis} day {day}: simulated {km.Survival:P1} ({km.Lower:P1}-{km.Upper:P1}), baseline {cf.Baseline!.Survival(day):P1}; Israel KM {target.Survival:P1} ({target.Lower:P1}-{target.Upper:P1})");
            }
        }
    }
}

/// <summary>The stated fallback and the options of a data baseline.</summary>
public sealed class CeasefireBaselineResolutionTests
{
    [Fact]
    public void Without_data_the_stated_fallback_Weibull_is_used_and_said_so()
    {
        var cf = HazardFromData.Resolve(GazaFiles.Scenario, null, "test").War!.Ceasefire;
        Assert.Equal("weibull", cf.Baseline!.Kind);
        Assert.Contains("assumption: stated Weibull shape 0.387", cf.HazardSource);
        Assert.Contains("not found (test)", cf.HazardSource);
        Assert.Equal(Math.Exp(-Math.Pow(365 / 15869.0, 0.387)), cf.Baseline.Survival(365), 12);
    }

    [Fact]
    public void With_the_data_baseline_the_horizon_only_truncates_and_threads_do_not_matter()
    {
        var scenario = HazardFromData.Resolve(GazaFiles.Scenario, Data.SharedData.Directory).WithHypothesis("limited-aims");
        const int runs = 300;
        var shortRun = MonteCarloRunner.Run(new ScenarioWarModel(Horizon.Override(scenario, 365), "limited-aims"), new MonteCarloOptions(runs, seed: 9, threads: 1));
        var longRun = MonteCarloRunner.Run(new ScenarioWarModel(Horizon.Override(scenario, 1460), "limited-aims"), new MonteCarloOptions(runs, seed: 9, threads: 2));
        var longOneThread = MonteCarloRunner.Run(new ScenarioWarModel(Horizon.Override(scenario, 1460), "limited-aims"), new MonteCarloOptions(runs, seed: 9, threads: 1));
        for (var i = 0; i < runs; i++)
        {
            Assert.Equal(HorizonTests.Censored(shortRun.RecordSpan[i], 365), HorizonTests.Censored(longRun.RecordSpan[i], 365));
            Assert.Equal(longOneThread.RecordSpan[i], longRun.RecordSpan[i]);
        }
    }

    [Fact]
    public void The_JSON_summary_carries_the_survival_points_with_their_bands()
    {
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims");
        var summary = SimulationSummary.Of(MonteCarloRunner.Run(new ScenarioWarModel(scenario, "limited-aims"), new MonteCarloOptions(200, seed: 4)));
        using var json = System.Text.Json.JsonDocument.Parse(SummaryJsonWriter.ToJson(summary, null));
        var points = json.RootElement.GetProperty("ceasefireSurvival").GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(SimulationSummary.CurveDays.Select(d => (double)d), points.Select(p => p.GetProperty("day").GetDouble()));
        foreach (var p in points)
        {
            var survival = p.GetProperty("survival").GetDouble();
            Assert.InRange(survival, p.GetProperty("lower").GetDouble(), p.GetProperty("upper").GetDouble());
            Assert.Equal(summary.CeasefireHoldsAt(p.GetProperty("day").GetDouble()).Survival, survival);
        }
    }

    [Fact]
    public void The_piecewise_option_and_the_clause_mapping_are_read()
    {
        var scenario = GazaFiles.Scenario;
        var war = scenario.War!;
        Assert.Equal(CeasefireClause.Written | CeasefireClause.Mediation | CeasefireClause.Guarantee, war.Ceasefire.Clauses);
        Assert.Equal(["location=Israel"], war.Ceasefire.HazardExclude);
        var piecewise = scenario with { War = war with { Ceasefire = war.Ceasefire with { HazardCurve = "piecewise" } } };
        var cf = HazardFromData.Resolve(piecewise, Data.SharedData.Directory).War!.Ceasefire;
        Assert.Equal("piecewise", cf.Baseline!.Kind);
        Assert.True(cf.Baseline.Survival(365) < cf.Baseline.Survival(30));
    }
}
