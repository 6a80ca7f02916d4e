using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation.Strategies;

public class AcceptanceTests
{
    private static readonly AlternatingOffersProtocol Protocol = new();

    [Fact]
    public void An_offer_is_accepted_once_it_is_worth_what_the_party_would_offer_next()
    {
        // Linear A (r = 0) against a B that always offers A half the pie; deadline 10. A's targets
        // in its turns (rounds 1, 3, 5, 7) are 1 - t = 1, 0.8, 0.6, 0.4: it rejects 0.5 while it
        // would ask for 0.8 or 0.6, and accepts in round 7 when it would ask for 0.4.
        var domain = TestDomains.Pie(1000);
        var specs = new[] { StrategyCatalog.Get("linear"), ScriptedStrategy.Spec(v => Decision.Offer(500)) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 10 });

        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.Equal(7, result.Rounds);
        Assert.Equal(6, result.Agreement!.Round);
        Assert.Equal(0.5, result.Agreement.Utilities[0], 12);
    }

    [Theory]
    [InlineData(0.2, SessionEnd.Agreement)]
    [InlineData(0.35, SessionEnd.Deadline)]
    public void In_its_final_chance_a_party_takes_anything_above_its_reservation_value(double reservationB, SessionEnd expected)
    {
        // A offers B 0.3 every time. Boulware B (deadline 4) would ask far more in round 2, but in
        // round 4 no counter-offer can be accepted any more: it takes 0.3 if its reservation value is below.
        var domain = TestDomains.Pie(10, reservationB: reservationB);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(7)), StrategyCatalog.Get("boulware") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 4 });

        Assert.Equal(expected, result.Ending);
        Assert.Equal(4, result.Rounds);
    }

    [Fact]
    public void A_party_walks_out_when_fighting_on_beats_every_outcome()
    {
        // A's reservation value jumps to 1.5 in round 3 (the war went its way): no outcome is
        // worth that much to it any more, so it walks out in its next turn.
        var domain = TestDomains.Pie(10);
        var script = new ScriptedReservationValues([[0.0, 0.0], [0.0, 0.0], [1.5, 0.0]]);
        var specs = new[] { StrategyCatalog.Get("boulware"), StrategyCatalog.Get("boulware") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 20, Reservations = script });

        Assert.Equal(SessionEnd.Walkout, result.Ending);
        Assert.Equal(0, result.WalkedOut);
        Assert.Equal(3, result.Rounds);
        Assert.Equal(1.5, result.Payoffs[0]);
    }

    [Fact]
    public void An_offer_across_a_red_line_is_never_accepted()
    {
        // B's red line forbids A more than 8 tenths; A offers 9 tenths, B's final chance comes
        // and it still refuses although 0.1 is above its reservation value 0.
        var space = new Parley.Domain.OutcomeSpace([new Parley.Domain.IntegerIssue("share", 0, 10)]);
        var a = new Parley.Domain.Preferences.PreferenceProfile(space, [1.0], [Parley.Domain.Preferences.LinearValueFunction.Through(0, 10)]);
        var b = new Parley.Domain.Preferences.PreferenceProfile(space, [1.0], [Parley.Domain.Preferences.LinearValueFunction.Through(10, 0)],
            redLines: [new Parley.Domain.Preferences.IssueRedLine(space, 0, Enumerable.Range(0, 9), "A gets at most 8")]);
        var domain = new NegotiationDomain(space, ["A", "B"], [a, b]);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(9)), StrategyCatalog.Get("conceder") };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 2 });

        Assert.Equal(SessionEnd.Deadline, result.Ending);
    }
}
