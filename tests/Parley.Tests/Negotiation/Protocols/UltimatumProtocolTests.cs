using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Tests.Negotiation.Protocols;

public class UltimatumProtocolTests
{
    private static readonly UltimatumProtocol Protocol = new();

    [Fact]
    public void The_proposer_asks_for_everything_and_a_responder_with_nothing_to_lose_accepts()
    {
        // The subgame-perfect outcome of the ultimatum game: at t = 0 a time-based proposer asks
        // for its best outcome; the responder, in its final chance, takes anything at or above its
        // reservation value 0.
        var domain = TestDomains.Pie(10);
        var specs = new[] { StrategyCatalog.Get("boulware"), StrategyCatalog.Get("conceder") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 50 });

        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.Equal(1, result.Rounds);
        Assert.Equal([1.0, 0.0], result.Agreement!.Utilities.ToArray());
    }

    [Fact]
    public void A_responder_whose_reservation_value_is_not_met_rejects()
    {
        var domain = TestDomains.Pie(10, reservationB: 0.2);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(9)), StrategyCatalog.Get("conceder") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions());

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        Assert.Equal(["A offer", "B reject"], result.Trace!.Events.Select(e => $"{e.Actor} {TraceCsv.ActionName(e.Action)}"));
        Assert.Equal([0.0, 0.2], result.Payoffs.ToArray());
    }

    [Fact]
    public void A_walkout_ends_it()
    {
        var domain = TestDomains.Pie(10, reservationB: 1.5);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(5)), StrategyCatalog.Get("conceder") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions());

        Assert.Equal(SessionEnd.Walkout, result.Ending);
        Assert.Equal(1, result.WalkedOut);
    }

    [Fact]
    public void The_proposer_cannot_accept()
    {
        var domain = TestDomains.Pie(10);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Accept), ScriptedStrategy.Spec(v => Decision.Accept) };

        Assert.Throws<ProtocolViolationException>(() => Protocol.Run(domain, specs, new NegotiationOptions()));
    }

    [Fact]
    public void Responders_answer_without_seeing_each_other_and_all_must_accept()
    {
        var domain = TestDomains.RandomAdditive([3, 3], parties: 3, seed: 4);
        var seen = new ScriptedStrategy[3];
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => Decision.Offer(2), s => seen[0] = s),
            ScriptedStrategy.Spec(v => Decision.Accept, s => seen[1] = s),
            ScriptedStrategy.Spec(v => Decision.Offer(3), s => seen[2] = s),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions());

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        Assert.Equal(1, seen[1].Seen.Single().HistoryCount);
        Assert.Equal(1, seen[2].Seen.Single().HistoryCount);
        Assert.True(seen[1].Seen.Single().FinalChance);
    }
}
