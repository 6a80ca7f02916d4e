using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation.Strategies;

public class AdaptiveStrategyTests
{
    private static readonly AlternatingOffersProtocol Protocol = new();

    [Fact]
    public void Tit_for_tat_concedes_what_the_opponent_conceded_by_its_estimate()
    {
        // Pie of 10 steps; B offers A share 0 in rounds 2 and 4, then share 1 in rounds 6 and 8.
        // A's frequency model (one issue, weight 1) rates a share by count / largest count.
        // Round 5: B's last two offers are both share 0: estimated concession 1 - 1 = 0.
        // Round 7: counts share0 = 2, share1 = 1; B moved from share 0 (rated 1) to share 1
        //   (rated 1/2): concession 0.5, so A's target falls from 1 to 0.5: it offers share 5.
        // Round 9: counts 2 and 2; B repeated share 1: concession 1 - 1 = 0, target stays 0.5.
        var domain = TestDomains.Pie(10);
        var specs = new[]
        {
            StrategyCatalog.Get("tit-for-tat"),
            ScriptedStrategy.Spec(v => Decision.Offer(v.Round < 6 ? 0 : 1)),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 10 });

        var offers = result.Trace!.Events.Where(e => e.Actor == "A").Select(e => e.Outcome![0]);
        Assert.Equal([10, 10, 10, 5, 5], offers);
    }

    [Fact]
    public void Aspiration_moves_towards_the_best_offer_received()
    {
        // B always offers A 0.2. A's aspiration starts at 1 and from its second turn on moves 5%
        // of the way to 0.2: a' = a - 0.05 (a - 0.2): 1, 0.96, 0.922, 0.8859, 0.851605, ...
        // On a pie of 1000 steps A offers the smallest share at or above its aspiration.
        var domain = TestDomains.Pie(1000);
        var specs = new[] { StrategyCatalog.Get("aspiration"), ScriptedStrategy.Spec(v => Decision.Offer(200)) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 12 });

        var offers = result.Trace!.Events.Where(e => e.Actor == "A").Select(e => e.Outcome![0]).ToList();
        var a = 1.0;
        var expected = new List<int>();
        for (var k = 0; k < offers.Count; k++)
        {
            if (k > 0)
            {
                a -= 0.05 * (a - 0.2);
            }
            expected.Add((int)Math.Ceiling((a * 1000) - 1e-9));
        }
        Assert.Equal(expected, offers);
        Assert.Equal([1000, 960, 922, 886], offers.Take(4));
    }

    [Fact]
    public void Random_is_reproducible_by_seed_and_stays_above_the_reservation_value()
    {
        var domain = TestDomains.Pie(1000, reservationA: 0.6);
        var specs = new[] { StrategyCatalog.Get("random"), ScriptedStrategy.Spec(v => Decision.Offer(0)) };
        List<int> OffersFor(ulong seed) => Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 40, Seed = seed })
            .Trace!.Events.Where(e => e.Actor == "A").Select(e => e.Outcome![0]).ToList();

        var first = OffersFor(7);
        var again = OffersFor(7);
        var other = OffersFor(8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.All(first, share => Assert.InRange(share, 600, 1000));
        // 20 uniform draws from 401 values: more than a handful must differ.
        Assert.True(first.Distinct().Count() > 10);
    }
}
