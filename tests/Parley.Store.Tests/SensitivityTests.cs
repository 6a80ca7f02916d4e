using Parley.Randomness;
using Parley.Store.Experiments;
using Parley.Store.Sensitivity;
using Parley.Store.Sweeps;

namespace Parley.Store.Tests;

/// <summary>Sweep designs and the sensitivity measures, against closed forms.</summary>
public sealed class SensitivityTests
{
    [Fact]
    public void Vary_specifications_give_lists_ranges_and_json_labels()
    {
        Assert.Equal(new[] { "0.1", "0.2", "0.3" }, SweepParameter.Parse("parties.Hamas.reservation=0.1,0.2,0.3").Values);
        var range = SweepParameter.Parse("war.sides.Israel.cost_tolerance=0.2..1:5");
        Assert.Equal(new[] { "0.2", "0.4", "0.6", "0.8", "1" }, range.Values);
        Assert.Equal((0.2, 1.0), range.Range);
        var labels = SweepParameter.Parse("issues.\"ceasefire permanence\".default=[\"phased with talks\", \"a, b\"]");
        Assert.Equal(new[] { "phased with talks", "a, b" }, labels.Values);
        Assert.Equal("issues.\"ceasefire permanence\".default", labels.Path);
        Assert.Throws<Domain.InputException>(() => SweepParameter.Parse("x=1..0:3"));
    }

    [Fact]
    public void The_grid_is_every_combination_with_the_first_parameter_slowest()
    {
        var grid = SweepDesign.Grid([SweepParameter.Parse("a=1,2"), SweepParameter.Parse("b=x,y,z")]);
        Assert.Equal(["1|x", "1|y", "1|z", "2|x", "2|y", "2|z"], grid.Select(c => string.Join('|', c)));
    }

    [Fact]
    public void A_latin_hypercube_uses_each_stratum_of_each_parameter_once_and_depends_on_the_seed_only()
    {
        var parameters = new[] { SweepParameter.Parse("a=0..10:2"), SweepParameter.Parse("b=100..200:2") };
        var lhs = SweepDesign.LatinHypercube(parameters, 20, seed: 4);
        Assert.Equal(20, lhs.Count);
        Assert.Equal(Enumerable.Range(0, 20), lhs.Select(r => (int)(double.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture) / 0.5)).Order());
        Assert.Equal(Enumerable.Range(0, 20), lhs.Select(r => (int)((double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) - 100) / 5)).Order());
        Assert.Equal(lhs.Select(r => string.Join('|', r)), SweepDesign.LatinHypercube(parameters, 20, seed: 4).Select(r => string.Join('|', r)));
    }

    [Fact]
    public void Saltelli_sampling_gives_n_times_k_plus_2_points_whose_ab_rows_mix_a_and_b()
    {
        var parameters = new[] { SweepParameter.Parse("a=0..1:2"), SweepParameter.Parse("b=0..1:2"), SweepParameter.Parse("c=0..1:2") };
        var rows = SweepDesign.Saltelli(parameters, 8, seed: 1);
        Assert.Equal(8 * 5, rows.Count);
        for (var r = 0; r < 8; r++)
        {
            var (a, b, ab1) = (rows[r], rows[8 + r], rows[(3 * 8) + r]);
            Assert.Equal([a[0], b[1], a[2]], ab1);
        }
    }

    /// <summary>
    /// The Ishigami function f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on [-π, π]³ has the analytic indices
    /// S = (0.3139, 0.4424, 0) and S_T = (0.5576, 0.4424, 0.2437) (Saltelli et al. 2008, Global Sensitivity Analysis, 4.4).
    /// </summary>
    [Fact]
    public void Sobol_indices_of_the_ishigami_function_match_the_closed_form()
    {
        const int n = 40_000;
        var random = new CounterRandom(11, 0);
        double[][] A = [.. Enumerable.Range(0, n).Select(_ => new[] { U(ref random), U(ref random), U(ref random) })];
        double[][] B = [.. Enumerable.Range(0, n).Select(_ => new[] { U(ref random), U(ref random), U(ref random) })];
        var fa = A.Select(Ishigami).ToArray();
        var fb = B.Select(Ishigami).ToArray();
        double[] first = [0.3139, 0.4424, 0];
        double[] total = [0.5576, 0.4424, 0.2437];
        for (var i = 0; i < 3; i++)
        {
            var fab = Enumerable.Range(0, n).Select(r => Ishigami([.. A[r].Select((v, c) => c == i ? B[r][c] : v)])).ToArray();
            var s = SobolIndices.Estimate(fa, fb, fab);
            Assert.InRange(s.FirstOrder, first[i] - 0.03, first[i] + 0.03);
            Assert.InRange(s.Total, total[i] - 0.03, total[i] + 0.03);
        }

        static double U(ref CounterRandom r) => (r.NextDouble() * 2 * Math.PI) - Math.PI;
        static double Ishigami(double[] x) => Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
    }

    [Fact]
    public void One_at_a_time_ranges_are_the_outcomes_of_each_parameter_alone_around_the_baseline()
    {
        var parameters = new[] { SweepParameter.Parse("a=1,2,3"), SweepParameter.Parse("b=10,20") };
        var points = SweepDesign.Points(["h"], parameters, SweepDesign.OneAtATime(parameters));
        var spec = new ExperimentSpec
        {
            Kind = "sweep", Scenario = "s", ScenarioHash = "x", Runs = 1, Seed = 1, CodeVersion = "t", Design = "oat",
            Parameters = ["a", "b"], Points = points,
        };
        // The agreement share (outcome 0) of a made-up model: 0.5 at the baseline, 0.1·a alone, 0.01·b alone.
        var outcomes = points.Select(p => new double[PointOutcomes.Names.Count].Select((_, o) => o == 0
            ? p.Overrides.Count == 0 ? 0.5 : p.ValueOf("a") is { } a ? 0.1 * double.Parse(a, System.Globalization.CultureInfo.InvariantCulture) : 0.01 * double.Parse(p.ValueOf("b")!, System.Globalization.CultureInfo.InvariantCulture)
            : 0).ToArray()).ToList();
        var agreement = Assert.Single(SweepSensitivity.Compute(spec, outcomes).Outcomes, o => o.Outcome == "agreement");
        Assert.Equal(0.5, agreement.Baseline);
        Assert.Equal("a", agreement.Effects[0].Parameter);
        Assert.Equal(0.1, agreement.Effects[0].Low, 12);
        Assert.Equal(0.3, agreement.Effects[0].High, 12);
        Assert.Equal(0.1, agreement.Effects[1].Low, 12);
        Assert.Equal(0.2, agreement.Effects[1].High, 12);
        Assert.Equal(["1", "2", "3"], agreement.Effects[0].Curve.Select(c => c.Value));
    }
}
