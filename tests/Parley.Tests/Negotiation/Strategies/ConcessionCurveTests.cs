using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation.Strategies;

public class ConcessionCurveTests
{
    private const int Steps = 10_000;
    private static readonly AlternatingOffersProtocol Protocol = new();

    [Theory]
    [InlineData("boulware", 4.0)]
    [InlineData("linear", 1.0)]
    [InlineData("conceder", 0.25)]
    public void Offers_follow_the_target_curve(string name, double e)
    {
        // A concedes against a B that always offers A nothing. A's reservation value 0.1 keeps it
        // from taking B's offer in its last turn. On a pie of 10,000 steps the offer is the
        // smallest share at or above the target: within one step above
        // u(t) = r + (1 - r)(1 - t^e), t = (round - 1) / deadline.
        const double r = 0.1;
        const int deadline = 40;
        var domain = TestDomains.Pie(Steps, reservationA: r);
        var specs = new[] { StrategyCatalog.Get(name), ScriptedStrategy.Spec(v => Decision.Offer(0)) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = deadline });

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        var offers = result.Trace!.Events.Where(ev => ev.Actor == "A").ToList();
        Assert.Equal(deadline / 2, offers.Count);
        foreach (var offer in offers)
        {
            var t = (offer.Round - 1) / (double)deadline;
            var target = r + ((1 - r) * (1 - Math.Pow(t, e)));
            var u = offer.Utilities[0];
            Assert.InRange(u, target - 1e-12, target + (1.0 / Steps));
        }
    }

    [Fact]
    public void The_curve_uses_the_reservation_value_of_the_round()
    {
        // Reservation values scripted per round: A's target in round k uses that round's value.
        const int deadline = 10;
        var domain = TestDomains.Pie(Steps);
        var script = new ScriptedReservationValues(Enumerable.Range(1, deadline).Select(k => new[] { 0.05 * k, 0.0 }));
        var specs = new[] { StrategyCatalog.Get("linear"), ScriptedStrategy.Spec(v => Decision.Offer(0)) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = deadline, Reservations = script });

        foreach (var offer in result.Trace!.Events.Where(ev => ev.Actor == "A"))
        {
            var r = 0.05 * offer.Round;
            var t = (offer.Round - 1) / (double)deadline;
            var target = r + ((1 - r) * (1 - t));
            Assert.InRange(offer.Utilities[0], target - 1e-12, target + (1.0 / Steps));
        }
        Assert.Equal(0.5, result.FinalReservations[0], 12);
        Assert.Equal(0.5, result.Payoffs[0], 12);
    }

    [Fact]
    public void Hardheaded_never_concedes_before_the_deadline()
    {
        var domain = TestDomains.Pie(100, reservationA: 0.5);
        var specs = new[] { StrategyCatalog.Get("hardheaded"), ScriptedStrategy.Spec(v => Decision.Offer(40)) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 30 });

        Assert.All(result.Trace!.Events.Where(ev => ev.Actor == "A"), ev => Assert.Equal(1.0, ev.Utilities[0]));
        Assert.Equal(SessionEnd.Deadline, result.Ending);
    }

    [Fact]
    public void Target_is_the_formula()
    {
        // u(t) = r + (max - r)(1 - t^e): t = 0.5, r = 0.2, max = 1, e = 4: 0.2 + 0.8 x (1 - 0.0625) = 0.95.
        Assert.Equal(0.95, TimeDependentStrategy.Target(0.5, 0.2, 1.0, 4.0), 12);
        // e = 0.25: 0.5^0.25 = 0.840896; 0.2 + 0.8 x 0.159104 = 0.327283.
        Assert.Equal(0.327283, TimeDependentStrategy.Target(0.5, 0.2, 1.0, 0.25), 6);
    }
}
