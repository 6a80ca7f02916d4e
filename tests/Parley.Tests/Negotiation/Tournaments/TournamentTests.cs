using System.Collections.Immutable;
using System.Globalization;
using Parley.Domain;
using Parley.Negotiation;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Tournaments;
using Parley.Negotiation.Traces;

namespace Parley.Tests.Negotiation.Tournaments;

public class TournamentTests
{
    /// <summary>
    /// Hardheaded (H) and conceder (C) on a pie of 4 steps (A's utility s/4, B's 1 - s/4, reservation
    /// values 0), deadline 4: A acts in rounds 1 and 3, B in 2 and 4 (its final chance).
    /// Conceder targets 1 - t^0.25: round 2 (t = 1/4) 0.29289, round 3 (t = 1/2) 0.15910.
    /// Offers are the outcome at or above target best for the opponent by the frequency model,
    /// ties to the one nearest the target.
    /// H-H: A 4, B 0, A 4, B accepts in its final chance: (1, 0) in 4 rounds.
    /// H-C: A 4; B (target 0.29: shares 0..2; model knows only share 4, all tie) offers 2; A
    ///      rejects (0.5 &lt; 1) and offers 4; B accepts in its final chance: (1, 0) in 4 rounds.
    /// C-H: A 4; B offers 0; A (target 0.159: shares 1..4, all tie) offers 1; B accepts: (0.25, 0.75), 4 rounds.
    /// C-C: A 4; B offers 2; A's target 0.159 and its model rates B's share 2 best, so its next
    ///      offer would be share 2, worth 0.5: the standing 2 is as good, A accepts: (0.5, 0.5), 3 rounds.
    /// </summary>
    [Fact]
    public void Aggregates_match_the_hand_worked_tournament()
    {
        var pie = TestDomains.Pie(4);
        // Every split is Pareto-optimal; the Nash point (reservations 0) is the even split.
        var reference = new ReferencePoints(Enumerable.Range(0, 5).Select(s => new[] { s / 4.0, 1 - (s / 4.0) }), [0.5, 0.5]);
        var spec = new TournamentSpec
        {
            Domains = [pie.WithReferencePoints(reference)],
            Strategies = [StrategyCatalog.Get("hardheaded"), StrategyCatalog.Get("conceder")],
            Deadline = 4,
        };

        var result = Tournament.Run(spec);

        Assert.Equal(4, result.Runs.Length);
        Assert.Equal(
            ["0,0 agreement 4 1,0", "0,1 agreement 4 1,0", "1,0 agreement 4 0.25,0.75", "1,1 agreement 3 0.5,0.5"],
            result.Runs.Select(r => $"{string.Join(',', r.Assignment)} {NegotiationJson.EndingName(r.Ending)} {r.Rounds} {string.Join(',', r.Payoffs.Select(p => p.ToString(CultureInfo.InvariantCulture)))}"));

        var h = result.Standings[0];
        var c = result.Standings[1];
        // H plays both sides of H-H, A in H-C, B in C-H: 4 participations, all agreements.
        Assert.Equal(("hardheaded", 4, 4), (h.Strategy, h.Negotiations, h.Agreements));
        Assert.Equal(1.0, h.AgreementRate);
        // Utility (1 + 0 + 1 + 0.75) / 4 = 0.6875; rounds (4 + 4 + 4 + 4) / 4 = 4.
        Assert.Equal(0.6875, h.MeanUtility, 12);
        Assert.Equal(4.0, h.MeanRounds, 12);
        // Distance to Nash: (1, 0) is sqrt(0.5) = 0.707107 away (three times), (0.25, 0.75) sqrt(0.125) = 0.353553:
        // (3 x 0.707107 + 0.353553) / 4 = 0.618718. Every agreement is on the frontier: distance 0.
        Assert.Equal(((3 * Math.Sqrt(0.5)) + Math.Sqrt(0.125)) / 4, h.MeanDistanceToNash!.Value, 12);
        Assert.Equal(0.0, h.MeanDistanceToPareto!.Value, 12);
        // C: B in H-C (0), A in C-H (0.25), both sides of C-C (0.5, 0.5): (0 + 0.25 + 1) / 4 = 0.3125;
        // rounds (4 + 4 + 3 + 3) / 4 = 3.5; Nash distances (0.707107 + 0.353553 + 0 + 0) / 4 = 0.265165.
        Assert.Equal(("conceder", 4, 4), (c.Strategy, c.Negotiations, c.Agreements));
        Assert.Equal(0.3125, c.MeanUtility, 12);
        Assert.Equal(3.5, c.MeanRounds, 12);
        Assert.Equal((Math.Sqrt(0.5) + Math.Sqrt(0.125)) / 4, c.MeanDistanceToNash!.Value, 12);

        var csv = TournamentCsv.Write(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("strategy,negotiations,agreements,agreementRate,meanUtility,meanDistanceToNash,meanDistanceToPareto,meanRounds", csv[0]);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("hardheaded,4,4,1,0.6875,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",0,4", csv[1], StringComparison.Ordinal);
    }

    private static TournamentSpec BigSpec(int? threads, ulong seed = 3) => new()
    {
        Domains = [TestDomains.RandomAdditive([5, 4, 6, 3], 2, seed: 31, reservation: 0.2), TestDomains.RandomAdditive([3, 3, 3], 3, seed: 32)],
        Strategies = StrategyCatalog.Names.Select(StrategyCatalog.Get).ToImmutableArray(),
        Seeds = 2,
        Seed = seed,
        Deadline = 30,
        MaxDegreeOfParallelism = threads,
    };

    private static string Fingerprint(TournamentResult result) =>
        TournamentCsv.Write(result) + string.Join('\n', result.Runs.Select(r =>
            $"{r.Index} {r.Domain} {r.SeedIndex} {string.Join(',', r.Assignment)} {r.Ending} {r.Rounds} {string.Join(',', r.Payoffs.Select(p => p.ToString("R", CultureInfo.InvariantCulture)))}"));

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var one = Fingerprint(Tournament.Run(BigSpec(1)));
        var two = Fingerprint(Tournament.Run(BigSpec(2)));
        var all = Fingerprint(Tournament.Run(BigSpec(null)));

        Assert.Equal(one, two);
        Assert.Equal(one, all);
    }

    [Fact]
    public void The_same_seed_gives_the_same_tournament_and_another_seed_moves_the_random_strategy()
    {
        var spec = BigSpec(null);
        var first = Tournament.Run(spec);
        var again = Tournament.Run(spec);
        var other = Tournament.Run(BigSpec(null, seed: 4));

        Assert.Equal(Fingerprint(first), Fingerprint(again));
        // 7 strategies: 49 two-party and 343 three-party matches, 2 seeds each.
        Assert.Equal((49 + 343) * 2, first.Runs.Length);
        var randomIndex = StrategyCatalog.Names.IndexOf("random");
        var boulwareIndex = StrategyCatalog.Names.IndexOf("boulware");
        Assert.NotEqual(first.Standings[randomIndex], other.Standings[randomIndex]);
        // Boulware's self-play involves no randomness.
        var selfPlay = first.Runs.First(r => r.Assignment.All(a => a == boulwareIndex));
        var selfPlayOther = other.Runs.First(r => r.Assignment.All(a => a == boulwareIndex));
        Assert.Equal(selfPlay.Payoffs.ToArray(), selfPlayOther.Payoffs.ToArray());
    }

    [Fact]
    public void A_tournament_without_strategies_or_seeds_is_rejected()
    {
        Assert.Throws<ModelException>(() => new TournamentSpec { Domains = [TestDomains.Pie(4)], Strategies = [], Seeds = 0 });
        Assert.Throws<ModelException>(() => Tournament.Run(new TournamentSpec { Domains = [TestDomains.Pie(4)], Strategies = [] }));
    }
}
