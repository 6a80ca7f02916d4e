using Parley.Conflict.Models;
using Parley.Conflict.WarProcess;

namespace Parley.Tests.Conflict.Models;

/// <summary>The gambler's-ruin chance averaged over a Beta belief, against two independent computations.</summary>
public sealed class GamblersRuinAveragedTests
{
    [Fact]
    public void Beta_9_6_at_3_of_8_forts_is_0_654_averaged_against_0_732_at_the_mean()
    {
        // Plug-in: θ = 9/15 = 0.6, r = 2/3: (1 - 8/27)/(1 - 256/6561) = (19/27)/(6305/6561) = 0.73222...
        GamblersRuin.Solve(0.6, 3, 8, out var plugIn, out _);
        Assert.Equal((19.0 / 27) / (6305.0 / 6561), plugIn, 12);
        Assert.Equal(0.732, plugIn, 3);

        GamblersRuin.SolveAveraged(9, 6, 3, 8, out var averaged, out var steps);
        // Independently: Simpson's rule on 20,000 panels of Pr(win | θ) x θ^8 (1 - θ)^5, normalised.
        var simpson = Simpson(9, 6, t => Ruin(t, 3, 8));
        Assert.Equal(simpson, averaged, 9);
        Assert.Equal(0.654, averaged, 3);
        // And the predictive walk, by backward induction: odds (9 + s)/(15 + s + f) after s wins, f losses.
        var table = new FightingValueTable();
        table.Compute(9, 6, 3, 8, 1, FightingValueTable.MaxRounds, 1);
        Assert.Equal(averaged, table.Value(0, 3, 0), 9);
        // Expected battles averaged the same way: the closed form (k - n Pr)/(q - θ), k(n - k) at ½.
        Assert.Equal(Simpson(9, 6, t => Steps(t, 3, 8)), steps, 7);
    }

    [Theory]
    [InlineData(14, 6, 5, 10)]
    [InlineData(1, 1, 2, 4)]
    [InlineData(50, 50, 40, 90)]
    public void Agrees_with_Simpson_integration_of_the_closed_form(double alpha, double beta, int k, int n)
    {
        GamblersRuin.SolveAveraged(alpha, beta, k, n, out var win, out _);
        Assert.Equal(Simpson(alpha, beta, t => Ruin(t, k, n)), win, 7);
    }

    [Fact]
    public void A_belief_narrow_against_the_walk_gives_the_chance_at_its_mean_plus_the_curvature_term()
    {
        // Beta(300,000, 200,000): mean 0.6, variance 0.24/500,001; on a walk of 4, n·σ = 0.0028.
        // Averaging adds ½ P''(0.6) σ² to the chance at the mean (the next terms are of order (nσ)³);
        // P''(0.6) from a central difference of the closed form (step 1e-4).
        const double mean = 0.6;
        var variance = 0.24 / 500_001;
        var h = 1e-4;
        var curvature = (Ruin(mean + h, 2, 4) - (2 * Ruin(mean, 2, 4)) + Ruin(mean - h, 2, 4)) / (h * h);
        GamblersRuin.SolveAveraged(300_000, 200_000, 2, 4, out var win, out _);
        Assert.Equal(Ruin(mean, 2, 4) + (0.5 * curvature * variance), win, 9);
    }

    [Fact]
    public void A_uniform_belief_on_a_two_step_walk_gives_the_hand_computed_chance()
    {
        // n = 2, k = 1: one battle decides, Pr = θ; under Beta(1, 1) the average is 1/2; under
        // Beta(3, 1) it is the mean 3/4 (linear in θ, so here plug-in and average agree).
        GamblersRuin.SolveAveraged(1, 1, 1, 2, out var uniform, out var steps);
        Assert.Equal(0.5, uniform, 12);
        Assert.Equal(1, steps, 12);
        GamblersRuin.SolveAveraged(3, 1, 1, 2, out var skewed, out _);
        Assert.Equal(0.75, skewed, 12);
    }

    internal static double Ruin(double t, int k, int n)
    {
        if (Math.Abs(t - 0.5) < 1e-9)
        {
            return (double)k / n;
        }
        var r = (1 - t) / t;
        var value = (1 - Math.Pow(r, k)) / (1 - Math.Pow(r, n));
        return double.IsFinite(value) ? value : 0;
    }

    internal static double Steps(double t, int k, int n) =>
        Math.Abs(t - 0.5) < 1e-9 ? k * (n - k) : (k - (n * Ruin(t, k, n))) / (1 - (2 * t));

    internal static double Simpson(double alpha, double beta, Func<double, double> f)
    {
        const int panels = 20_000;
        var h = 1.0 / panels;
        double num = 0, den = 0;
        for (var i = 1; i < panels; i++)
        {
            var t = i * h;
            var w = i % 2 == 1 ? 4 : 2;
            var density = Math.Exp(((alpha - 1) * Math.Log(t)) + ((beta - 1) * Math.Log(1 - t)));
            num += w * density * f(t);
            den += w * density;
        }
        return num / den;
    }
}
