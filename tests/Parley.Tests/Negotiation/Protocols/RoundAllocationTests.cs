using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;
using Parley.Tests.Negotiation.Mediation;

namespace Parley.Tests.Negotiation.Protocols;

/// <summary>
/// Issue 10 §7: a protocol round allocates nothing once a negotiation is open (without a trace, as in a
/// Monte Carlo). With reservation values of 0.95 no text is worth that much to both parties of the
/// mediation domain (A needs 4 trucks and UN administration, worth 0 to B), and each can still reach
/// 0.95 with its own best text, so nobody accepts or walks out: the parties amend and the mediator
/// revises every round (or, alternating, they counter-offer). 400 rounds then allocate no more than
/// 200, apart from a small constant.
/// </summary>
public sealed class RoundAllocationTests
{
    /// <summary>Less than one small object (24 bytes) in every 10 of the 200 extra rounds.</summary>
    private const long Slack = 480;

    [Theory]
    [InlineData("boulware", "conceder", "nash")]
    [InlineData("tit-for-tat", "boulware", "split")]
    [InlineData("conceder", "tit-for-tat", null)]
    public void Four_hundred_rounds_allocate_no_more_than_two_hundred(string strategyA, string strategyB, string? mediator)
    {
        var domain = MediationDomain.Create(reservationA: 0.95, reservationB: 0.95);
        IProtocol protocol = mediator is null ? new AlternatingOffersProtocol() : new MediatedTextProtocol(MediatorCatalog.Get(mediator));
        var strategies = new[] { StrategyCatalog.Get(strategyA), StrategyCatalog.Get(strategyB) };
        var workspace = new NegotiationWorkspace();
        var options = new NegotiationOptions { Deadline = 1_000_000, Patience = 20, RecordTrace = false, Workspace = workspace, Seed = 4 };

        // The negotiation is what the test needs: 400 rounds with amendments (or an offer) in every one.
        var run = protocol.Open(domain, strategies, options);
        var tabledPerRound = new List<int>();
        for (var round = 1; round <= 400; round++)
        {
            var from = run.History.Count;
            Assert.True(run.Step(), $"the negotiation ended in round {round} ({run.Ending})");
            var tabled = 0;
            for (var i = from; i < run.History.Count; i++)
            {
                tabled += run.History[i].Action is TraceAction.Amendment or TraceAction.Offer ? 1 : 0;
            }
            tabledPerRound.Add(tabled);
        }
        Assert.All(tabledPerRound, t => Assert.True(t > 0));

        // Warmed up (the workspace's history has grown to 400 rounds), then measured.
        Allocated(protocol, domain, strategies, options, 200);
        var short_ = Allocated(protocol, domain, strategies, options, 200);
        var long_ = Allocated(protocol, domain, strategies, options, 400);
        Assert.True(long_ <= short_ + Slack, $"400 rounds allocated {long_} bytes, 200 rounds {short_}: {(long_ - short_) / 200.0:0.#} bytes per extra round");
    }

    [Fact]
    public void A_negotiation_whose_workspace_served_a_later_one_refuses_to_go_on()
    {
        // The later negotiation emptied the history they share: the earlier one must not read or extend it.
        var domain = MediationDomain.Create(reservationA: 0.95, reservationB: 0.95);
        var protocol = new MediatedTextProtocol(MediatorCatalog.Default);
        var strategies = new[] { StrategyCatalog.Get("boulware"), StrategyCatalog.Get("conceder") };
        var options = new NegotiationOptions { Deadline = 100, RecordTrace = false, Workspace = new NegotiationWorkspace() };
        var first = protocol.Open(domain, strategies, options);
        first.Step();
        Assert.True(first.History.Count > 0);

        var second = protocol.Open(domain, strategies, options);

        Assert.Equal(0, second.History.Count);
        Assert.Throws<InvalidOperationException>(() => first.Step());
        Assert.Throws<InvalidOperationException>(() => first.History);
        Assert.True(second.Step());
    }

    /// <summary>The bytes opening a negotiation and playing <paramref name="rounds"/> rounds allocate on this thread.</summary>
    private static long Allocated(IProtocol protocol, NegotiationDomain domain, StrategySpec[] strategies, NegotiationOptions options, int rounds)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = protocol.Open(domain, strategies, options);
        for (var round = 0; round < rounds; round++)
        {
            run.Step();
        }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
