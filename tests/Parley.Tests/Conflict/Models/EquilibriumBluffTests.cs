using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class EquilibriumBluffTests
{
    [Fact]
    public void Bluff_rate_by_hand_makes_A_indifferent()
    {
        // μ = 0.5, V_A^S = 0.3, V_A^W = 0.4, V_B^S = 0.6, V_B^W = 0.3: x_S = 0.4, x_W = 0.7.
        // β* = [(1 − μ) x_W + μ V_A^S − x_S] / [(1 − μ)(x_W − V_A^W)] = (0.35 + 0.15 − 0.4) / (0.5 · 0.3) = 2/3.
        var beta = ScreeningDemand.EquilibriumBluff(0.5, 0.3, 0.4, 0.6, 0.3, out var screening);
        Assert.True(screening);
        Assert.Equal(2.0 / 3, beta, 12);
        // At β* A's expected payoff from screening, 0.5 · (1/3) · 0.7 + 0.5 · 0.3 + 0.5 · (2/3) · 0.4 = 0.4, equals the pooling demand.
        Assert.Equal(0.4, (0.5 * (1 - beta) * 0.7) + (0.5 * 0.3) + (0.5 * beta * 0.4), 12);
        // Just below β* A screens under the fixed-β rule, just above it pools.
        ScreeningDemand.Choose(0.5, beta - 1e-6, 0.3, 0.4, 0.6, 0.3, out var below);
        ScreeningDemand.Choose(0.5, beta + 1e-6, 0.3, 0.4, 0.6, 0.3, out var above);
        Assert.True(below);
        Assert.False(above);
    }

    [Fact]
    public void No_bluff_when_A_pools_anyway_and_capped_at_one_when_A_screens_anyway()
    {
        // Screening does not pay even against an honest weak B: (1 − μ) x_W + μ V_A^S ≤ x_S.
        Assert.Equal(0, ScreeningDemand.EquilibriumBluff(0.9, 0.1, 0.4, 0.6, 0.3, out var pools));
        Assert.False(pools);
        // A prefers fighting to pooling even if a weak B always bluffs: β* would exceed 1.
        Assert.Equal(1, ScreeningDemand.EquilibriumBluff(0.5, 0.3, 0.6, 0.6, 0.3, out var screens));
        Assert.True(screens);
    }

    [Fact]
    public void Comparative_statics_as_documented()
    {
        // β* falls as A's belief that B is strong rises (∂β*/∂μ = (V_A^S − x_S)/((1 − μ)² c) < 0 when war is costly).
        var previous = double.PositiveInfinity;
        foreach (var mu in new[] { 0.3, 0.4, 0.5, 0.55 })
        {
            var b = ScreeningDemand.EquilibriumBluff(mu, 0.3, 0.4, 0.6, 0.3, out _);
            Assert.True(b < previous, $"μ {mu}: {b} vs {previous}");
            previous = b;
        }
        // β* falls as A's war values fall (higher costs for A), in the Filson-Werner preset.
        var rates = new[] { 0.05, 0.06, 0.08, 0.09 }.Select(cost =>
        {
            var model = new FilsonWernerModel(0.5, 0.4, 0.7, 4, 4, 0.05, -1, cost, 0.01, 7);
            model.Demand(0, 0, 0.5, out _, out var bluff);
            return bluff;
        }).ToArray();
        Assert.All(rates, r => Assert.InRange(r, 0, 1));
        for (var i = 1; i < rates.Length; i++)
        {
            Assert.True(rates[i] < rates[i - 1], string.Join(", ", rates));
        }
    }

    [Fact]
    public void Presets_use_the_equilibrium_rate_when_asked()
    {
        var fw = new FilsonWernerModel(0.5, 0.4, 0.7, 4, 4, 0.05, -1, 0.05, 0.01, 7);
        Assert.True(fw.EquilibriumBluff);
        var demand = fw.Demand(0, 0, 0.5, out var screening, out var bluff);
        var expected = ScreeningDemand.EquilibriumBluff(0.5, fw.WarValueA(0, 0, true), fw.WarValueA(0, 0, false),
            fw.WarValueB(0, 0, true), fw.WarValueB(0, 0, false), out _);
        Assert.Equal(expected, bluff, 14);
        Assert.True(screening && bluff is > 0 and < 1, $"{bluff}");
        Assert.Equal(1 - fw.WarValueB(0, 0, false), demand, 14);
        Assert.Equal(bluff, fw.Facts().Single(f => f.Name == "firstBluff").Value, 14);
        var sl = new SlantchevModel(8, 4, 0.3, 0.4, 0.65, -1, 0.05, 0.005, 1000, 7);
        sl.Demand(4, 0.3, out _, out var slBluff);
        Assert.InRange(slBluff, 0.01, 0.99);
        Assert.Equal(slBluff, sl.Facts().Single(f => f.Name == "firstBluff").Value, 14);
        // Only -1 is accepted outside [0, 1].
        Assert.Throws<ModelException>(() => new FilsonWernerModel(0.5, 0.4, 0.7, 4, 4, 0.05, -0.5, 0.05, 0.01, 7));
    }

    [Theory]
    [InlineData("filson-werner")]
    [InlineData("slantchev")]
    public void With_an_exogenous_bluff_more_bluffing_means_longer_wars(string model)
    {
        // Each rejection says less about the type when a weak B bluffs more, so learning is slower.
        var rounds = new[] { 0.0, 0.5, 0.8, 0.95 }
            .Select(b => ModelTestRuns.Summary(model, 10_000, 7, ("bluff", b)).Rounds.Mean)
            .ToArray();
        for (var i = 1; i < rounds.Length; i++)
        {
            Assert.True(rounds[i] > rounds[i - 1], string.Join(", ", rounds));
        }
    }
}
