using Parley.Domain.Endings;
using Parley.Domain;
using Parley.Simulation;

namespace Parley.Tests.Simulation;

public class RunRecordTests
{
    [Fact]
    public void Settlement_has_an_agreement_day_and_no_winner()
    {
        var r = RunRecord.Settlement(3, 21, 0.3, 0.6);
        Assert.Equal(Ending.NegotiatedSettlement, r.Ending);
        Assert.Equal(21, r.AgreementDay);
        Assert.Equal(Side.None, r.Prevailing);
        Assert.Equal(0.9, r.CasualtiesTotal, 12);
        Assert.True(double.IsNaN(r.CeasefireDays));
    }

    [Fact]
    public void Collapsed_ceasefire_followed_by_victory()
    {
        var r = new RunRecord(Ending.CeasefireCollapsed, Side.B, 12, 200, 5, 7, agreementDay: 60, ceasefireDays: 42, brokenBy: Side.A, followedBy: Ending.MilitaryVictory);
        Assert.Equal(Side.B, r.Prevailing);
        Assert.Equal(Ending.MilitaryVictory, r.FollowedBy);
    }

    [Fact]
    public void Inconsistent_records_are_rejected()
    {
        Assert.Throws<ModelException>(() => RunRecord.Decisive(Ending.MilitaryVictory, Side.None, 1, 1, 0, 0));
        Assert.Throws<ModelException>(() => RunRecord.Decisive(Ending.NegotiatedSettlement, Side.A, 1, 1, 0, 0));
        Assert.Throws<ModelException>(() => RunRecord.Settlement(-1, 0, 0, 0));
        Assert.Throws<ModelException>(() => RunRecord.Settlement(1, 7, -0.1, 0));
        Assert.Throws<ModelException>(() => new RunRecord(Ending.CeasefireHeld, Side.None, 1, 7, 0, 0, agreementDay: 7));
        Assert.Throws<ModelException>(() => new RunRecord(Ending.StalemateAtHorizon, Side.None, 1, 7, 0, 0, brokenBy: Side.A));
    }
}
