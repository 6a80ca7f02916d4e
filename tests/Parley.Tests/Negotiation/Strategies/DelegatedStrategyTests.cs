using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation.Strategies;

public class DelegatedStrategyTests
{
    private static readonly MediatedTextProtocol Nash = new(new NashMediator());

    [Fact]
    public void A_seat_that_follows_its_advice_plays_exactly_as_the_agent()
    {
        var domain = TestDomains.RandomAdditive([4, 3, 5], 2, seed: 9, reservation: 0.3);
        var boulware = StrategyCatalog.Get("boulware");
        var options = new NegotiationOptions { Deadline = 20, Seed = 5 };
        var agents = Nash.Run(domain, [boulware, boulware], options);
        var asked = 0;
        var delegated = DelegatedStrategy.Spec(boulware, (view, advice) =>
        {
            asked++;
            return advice;
        });

        var played = Nash.Run(domain, [delegated, boulware], options);

        Assert.Equal(agents.Ending, played.Ending);
        Assert.Equal(agents.Rounds, played.Rounds);
        Assert.Equal(agents.Agreement?.Outcome, played.Agreement?.Outcome);
        Assert.Equal(agents.Trace!.Events.Select(e => (e.Round, e.Actor, e.Action, e.Issue, e.Value)), played.Trace!.Events.Select(e => (e.Round, e.Actor, e.Action, e.Issue, e.Value)));
        Assert.Equal(played.Rounds, asked);
    }

    [Fact]
    public void The_outside_decision_is_the_move_and_the_callback_sees_only_its_own_seat()
    {
        var domain = TestDomains.RandomAdditive([4, 3], 2, seed: 2);
        var seen = new List<int>();
        var delegated = DelegatedStrategy.Spec(StrategyCatalog.Get("conceder"), (view, _) =>
        {
            seen.Add(view.Context.Index);
            return Decision.WalkOut;
        });

        var result = Nash.Run(domain, [StrategyCatalog.Get("boulware"), delegated], new NegotiationOptions { Deadline = 10 });

        Assert.Equal(SessionEnd.Walkout, result.Ending);
        Assert.Equal(1, result.WalkedOut);
        Assert.Equal(1, result.Rounds);
        Assert.Equal([1], seen);
    }
}
