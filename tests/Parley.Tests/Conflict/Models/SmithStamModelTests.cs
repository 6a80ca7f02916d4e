using Parley.Domain.Endings;
using Parley.Conflict.Models;
using Parley.Domain;
using Parley.Randomness;

namespace Parley.Tests.Conflict.Models;

public class SmithStamModelTests
{
    private static (string, double)[] Priors(double gap, double strength = 20) =>
    [
        ("alpha-a", (0.5 + (gap / 2)) * strength),
        ("beta-a", (0.5 - (gap / 2)) * strength),
        ("alpha-b", (0.5 - (gap / 2)) * strength),
        ("beta-b", (0.5 + (gap / 2)) * strength),
    ];

    [Fact]
    public void War_length_grows_with_prior_divergence()
    {
        // Divergence = E_A[theta] - E_B[theta] before any battle (Beta priors of strength 20). Small gaps
        // leave the bargaining range open (costs outweigh the optimism): no war at all. Past the onset
        // every extra step of divergence lengthens the war.
        double[] gaps = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8];
        var meanRounds = gaps
            .Select(gap => ModelTestRuns.Summary("smith-stam", 20_000, 7, Priors(gap)).Rounds.Mean)
            .ToArray();
        var trace = string.Join(", ", meanRounds);
        Assert.Equal(0.0, meanRounds[0]);
        for (var i = 1; i < meanRounds.Length; i++)
        {
            Assert.True(meanRounds[i] >= meanRounds[i - 1], $"gap {gaps[i]}: mean rounds {trace}");
            Assert.True(gaps[i] < 0.3 || meanRounds[i] > meanRounds[i - 1], $"gap {gaps[i]}: mean rounds {trace}");
        }
        Assert.True(meanRounds[^1] > 20, $"very divergent priors fight for long: {trace}");
    }

    [Fact]
    public void Common_priors_settle_at_once_on_the_hand_computed_split()
    {
        // Both priors Beta(10, 10), symmetric about 1/2. At k = 5 of N = 10, Pr(A wins | θ) +
        // Pr(A wins | 1 - θ) = 1, so averaged over the belief Pr(A wins) = 1/2 exactly; the expected
        // number of battles averaged over the belief, E[D], is below the 5 x 5 = 25 at the mean
        // (D(θ) peaks at θ = 1/2) and is integrated here by Simpson's rule. W_A = 0.5 - 0.01 E[D] and,
        // by symmetry, W_B = W_A; W_A + W_B <= 1: A proposes in round 0 and keeps 1 - W_B.
        var model = new SmithStamModel(10, 5, 0.5, 10, 10, 10, 10, 0.01, 0.01, 100, 7);
        model.WarValues(5, 0, 0, out var valueA, out var valueB);
        var battles = GamblersRuinAveragedTests.Simpson(10, 10, t => GamblersRuinAveragedTests.Steps(t, 5, 10));
        Assert.True(battles < 25);
        Assert.Equal(0.5 - (0.01 * battles), valueA, 8);
        Assert.Equal(valueA, valueB, 12);
        var random = new CounterRandom(1, 0);
        var values = new double[2];
        var record = model.Run(ref random, values);
        Assert.Equal(Ending.NegotiatedSettlement, record.Ending);
        Assert.Equal(0, record.Rounds);
        Assert.Equal(1 - valueB, values[0], 12);
        Assert.Equal(0.0, values[1], 12);
    }

    [Fact]
    public void Beta_Bernoulli_updating_moves_each_war_value_with_the_posterior_mean()
    {
        // After s = 3 wins and f = 1 loss, A's posterior is Beta(14 + 3, 6 + 1) and B's Beta(6 + 3, 14 + 1);
        // the war values are the ruin values averaged over those posteriors (not at their means
        // 17/24 and 9/24), checked here against Simpson's rule.
        var model = (SmithStamModel)SmithStamModel.Descriptor.CreateDefault();
        model.WarValues(7, 3, 1, out var valueA, out var valueB);
        var winA = GamblersRuinAveragedTests.Simpson(17, 7, t => GamblersRuinAveragedTests.Ruin(t, 7, 10));
        var battlesA = GamblersRuinAveragedTests.Simpson(17, 7, t => GamblersRuinAveragedTests.Steps(t, 7, 10));
        var winB = GamblersRuinAveragedTests.Simpson(9, 15, t => GamblersRuinAveragedTests.Ruin(t, 7, 10));
        var battlesB = GamblersRuinAveragedTests.Simpson(9, 15, t => GamblersRuinAveragedTests.Steps(t, 7, 10));
        Assert.Equal(winA - (0.02 * battlesA), valueA, 7);
        Assert.Equal(1 - winB - (0.02 * battlesB), valueB, 7);
        GamblersRuin.Solve(17.0 / 24, 7, 10, out var plugIn, out _);
        Assert.NotEqual(plugIn, winA, 3);
        Assert.Equal((14.0 / 20) - (6.0 / 20), model.PriorGap, 12);
    }

    [Fact]
    public void Defaults_give_mostly_settlements_and_some_victories()
    {
        var summary = ModelTestRuns.Summary("smith-stam", 10_000);
        Assert.Equal(10_000, summary.Count(Ending.NegotiatedSettlement) + summary.Count(Ending.MilitaryVictory));
        Assert.True(summary.Count(Ending.NegotiatedSettlement) > summary.Count(Ending.MilitaryVictory));
        Assert.True(summary.Count(Ending.MilitaryVictory) > 0);
        Assert.True(summary.Rounds.Mean > 1);
    }

    [Fact]
    public void Higher_costs_shorten_the_war()
    {
        var cheap = ModelTestRuns.Summary("smith-stam", 10_000, 7, ("cost-a", 0.01), ("cost-b", 0.01)).Rounds.Mean;
        var dear = ModelTestRuns.Summary("smith-stam", 10_000, 7, ("cost-a", 0.04), ("cost-b", 0.04)).Rounds.Mean;
        Assert.True(dear < cheap, $"{dear} vs {cheap}");
    }

    [Theory]
    [InlineData(10, 10, 100, "start is 10")]
    [InlineData(10, 0, 100, "start is 0")]
    [InlineData(1, 1, 100, "forts is 1")]
    [InlineData(10, 5, 4, "military victory could never be reached")]
    public void Unreachable_thresholds_are_rejected(int forts, int start, int maxRounds, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => new SmithStamModel(forts, start, 0.5, 1, 1, 1, 1, 0.01, 0.01, maxRounds, 7));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beta_parameters_must_be_positive()
    {
        var ex = Assert.Throws<ModelException>(() => new SmithStamModel(10, 5, 0.5, 0, 1, 1, 1, 0.01, 0.01, 100, 7));
        Assert.Contains("alpha-a is 0", ex.Message, StringComparison.Ordinal);
    }
}
