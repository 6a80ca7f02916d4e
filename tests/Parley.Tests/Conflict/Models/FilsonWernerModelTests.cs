using Parley.Domain.Endings;
using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class FilsonWernerModelTests
{
    [Fact]
    public void War_values_of_a_single_battle_war()
    {
        // n_A = n_B = 1, no collapse: one battle decides. Against a strong B (p = 0.4):
        // V_A = 0.4 - 0.01 * 1, V_B = 1 - 0.4 - 0.02 * 1.
        var model = new FilsonWernerModel(0.5, 0.4, 0.7, 1, 1, 0, 0.5, 0.01, 0.02, 7);
        Assert.Equal(0.39, model.WarValueA(0, 0, strong: true), 12);
        Assert.Equal(0.58, model.WarValueB(0, 0, strong: true), 12);
        Assert.Equal(0.69, model.WarValueA(0, 0, strong: false), 12);
    }

    [Fact]
    public void War_values_of_a_best_of_three()
    {
        // First to 2 wins, p = 0.4, no collapse. Pr(A wins) = p^2 + 2 p^2 (1 - p) = 0.16 + 0.192 = 0.352.
        // E[battles] = 2 (p^2 + (1-p)^2) + 3 * 2p(1-p) = 2 * 0.52 + 3 * 0.48 = 2.48.
        var model = new FilsonWernerModel(0.5, 0.4, 0.7, 2, 2, 0, 0.5, 0.01, 0.01, 7);
        Assert.Equal(0.352 - (0.01 * 2.48), model.WarValueA(0, 0, strong: true), 12);
        Assert.Equal(1 - 0.352 - (0.01 * 2.48), model.WarValueB(0, 0, strong: true), 12);
    }

    [Fact]
    public void Bayes_updates_on_rejections_and_battles()
    {
        // Rejection: strong always, weak with beta = 0.8: 0.5 / (0.5 + 0.5 * 0.8) = 5/9.
        Assert.Equal(5.0 / 9, ScreeningDemand.AfterRejection(0.5, 0.8), 12);
        // A wins a battle: 0.5 * 0.4 / (0.5 * 0.4 + 0.5 * 0.7) = 0.2 / 0.55 = 4/11.
        Assert.Equal(4.0 / 11, ScreeningDemand.AfterBattle(0.5, true, 0.4, 0.7), 12);
        // A loses: 0.5 * 0.6 / (0.5 * 0.6 + 0.5 * 0.3) = 2/3.
        Assert.Equal(2.0 / 3, ScreeningDemand.AfterBattle(0.5, false, 0.4, 0.7), 12);
    }

    [Fact]
    public void Losing_a_battle_lowers_A_s_demand()
    {
        var model = (FilsonWernerModel)FilsonWernerModel.Descriptor.CreateDefault();
        var before = model.Demand(0, 0, 0.5, out _);
        var afterRejection = ScreeningDemand.AfterRejection(0.5, model.Bluff);
        var afterLoss = model.Demand(0, 1, ScreeningDemand.AfterBattle(afterRejection, false, model.WinVsStrong, model.WinVsWeak), out _);
        var afterWin = model.Demand(1, 0, ScreeningDemand.AfterBattle(afterRejection, true, model.WinVsStrong, model.WinVsWeak), out _);
        Assert.True(afterLoss < before, $"{afterLoss} vs {before}");
        Assert.True(afterWin > afterLoss);
    }

    [Fact]
    public void Higher_costs_give_shorter_wars()
    {
        var rounds = new[] { 0.005, 0.01, 0.02, 0.04 }
            .Select(c => ModelTestRuns.Summary("filson-werner", 20_000, 7, ("cost-a", c), ("cost-b", c)).Rounds.Mean)
            .ToArray();
        for (var i = 1; i < rounds.Length; i++)
        {
            Assert.True(rounds[i] < rounds[i - 1], string.Join(", ", rounds));
        }
    }

    [Fact]
    public void Strong_defenders_get_better_settlements()
    {
        var result = ModelTestRuns.Run("filson-werner", 20_000);
        var share = result.ColumnValues(0);
        var strong = result.ColumnValues(1);
        var strongShares = share.Where((s, i) => !double.IsNaN(s) && strong[i] == 1).ToArray();
        var weakShares = share.Where((s, i) => !double.IsNaN(s) && strong[i] == 0).ToArray();
        Assert.NotEmpty(strongShares);
        Assert.NotEmpty(weakShares);
        // A's share is lower (B's higher) when B is strong.
        Assert.True(strongShares.Average() < weakShares.Average(), $"{strongShares.Average()} vs {weakShares.Average()}");
    }

    [Fact]
    public void Defaults_mix_settlement_capitulation_and_victory()
    {
        var summary = ModelTestRuns.Summary("filson-werner", 20_000);
        Assert.True(summary.Count(Ending.NegotiatedSettlement) > 0);
        Assert.True(summary.Count(Ending.Capitulation) > 0);
        Assert.True(summary.Count(Ending.MilitaryVictory) > 0);
        // Somebody wins in 4 battles; the longest war is 4 + 4 - 1 = 7 battles.
        Assert.True(summary.Rounds.Max <= 7);
    }

    [Fact]
    public void A_weak_defender_must_lose_more_often()
    {
        var ex = Assert.Throws<ModelException>(() => new FilsonWernerModel(0.5, 0.7, 0.4, 3, 3, 0, 0.5, 0.01, 0.01, 7));
        Assert.Contains("win-vs-weak 0.4 is not above win-vs-strong 0.7", ex.Message, StringComparison.Ordinal);
    }
}
