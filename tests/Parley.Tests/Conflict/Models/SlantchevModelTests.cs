using Parley.Domain.Endings;
using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class SlantchevModelTests
{
    [Fact]
    public void Most_wars_end_in_settlement_before_military_victory()
    {
        var summary = ModelTestRuns.Summary("slantchev", 20_000);
        var settled = summary.Count(Ending.NegotiatedSettlement);
        var won = summary.Count(Ending.MilitaryVictory);
        Assert.Equal(20_000, settled + won + summary.Count(Ending.StalemateAtHorizon));
        Assert.True(settled > 20_000 / 2, $"settled {settled}, military victories {won}");
        Assert.True(won > 0, "some wars are still fought to the end");
    }

    [Fact]
    public void Bargaining_ends_wars_sooner_than_fighting_to_the_finish()
    {
        // Without talks the expected war from the start is mu0 D_S(k0) + (1 - mu0) D_W(k0) battles.
        var model = (SlantchevModel)SlantchevModel.Descriptor.CreateDefault();
        GamblersRuin.Solve(model.WinVsStrong, model.Start, model.Positions, out _, out var strong);
        GamblersRuin.Solve(model.WinVsWeak, model.Start, model.Positions, out _, out var weak);
        var fightToFinish = (model.PriorStrong * strong) + ((1 - model.PriorStrong) * weak);
        var summary = ModelTestRuns.Summary("slantchev", 20_000);
        Assert.True(summary.Rounds.Mean < fightToFinish / 2, $"{summary.Rounds.Mean} vs {fightToFinish}");
    }

    [Fact]
    public void Without_bluffing_a_rejection_reveals_the_type_and_the_war_lasts_at_most_one_battle()
    {
        // beta = 0: only a strong B rejects A's screening demand, so after one battle A knows B is strong
        // and B's next offer, A's war value against a strong B, is accepted.
        var result = ModelTestRuns.Run("slantchev", 5_000, 7, ("bluff", 0));
        foreach (var record in result.RecordSpan)
        {
            Assert.True(record.Rounds <= 1 || record.Ending == Ending.MilitaryVictory, $"{record}");
        }
        Assert.Contains(result.Records, r => r.Rounds == 1);
    }

    [Fact]
    public void Weak_defenders_that_reveal_themselves_concede_A_s_war_value_against_the_weak()
    {
        var model = (SlantchevModel)SlantchevModel.Descriptor.CreateDefault();
        Assert.True(model.WarValueA(model.Start, strong: false) > model.WarValueA(model.Start, strong: true));
        Assert.True(model.WarValueB(model.Start, strong: true) > model.WarValueB(model.Start, strong: false));
    }

    [Fact]
    public void Unreachable_victory_is_rejected()
    {
        var ex = Assert.Throws<ModelException>(() => new SlantchevModel(8, 4, 0.5, 0.4, 0.65, 0.5, 0.01, 0.01, 3, 7));
        Assert.Contains("military victory could never be reached", ex.Message, StringComparison.Ordinal);
    }
}
