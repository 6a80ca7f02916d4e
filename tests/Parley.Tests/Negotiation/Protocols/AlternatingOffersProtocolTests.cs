using System.Collections.Immutable;
using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Tests.Negotiation.Protocols;

public class AlternatingOffersProtocolTests
{
    private static readonly AlternatingOffersProtocol Protocol = new();

    [Fact]
    public void Parties_act_in_turn_one_per_round()
    {
        var domain = TestDomains.RandomAdditive([3, 3], parties: 3, seed: 1);
        var strategies = new ScriptedStrategy[3];
        var specs = Enumerable.Range(0, 3).Select(p => ScriptedStrategy.Spec(v => Decision.Offer(p), s => strategies[p] = s)).ToArray();

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 9 });

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        Assert.Equal(9, result.Rounds);
        Assert.Equal([1, 4, 7], strategies[0].Seen.Select(s => s.Round));
        Assert.Equal([2, 5, 8], strategies[1].Seen.Select(s => s.Round));
        Assert.Equal([3, 6, 9], strategies[2].Seen.Select(s => s.Round));
        // Party 0 opens with nothing on the table; afterwards each sees the previous party's offer.
        Assert.Equal(-1, strategies[0].Seen[0].Standing);
        Assert.Equal((0L, 0), (strategies[1].Seen[0].Standing, strategies[1].Seen[0].StandingParty));
        Assert.Equal((1L, 1), (strategies[2].Seen[0].Standing, strategies[2].Seen[0].StandingParty));
        // t = (round - 1) / deadline.
        Assert.Equal(3.0 / 9, strategies[0].Seen[1].Time, 12);
    }

    [Fact]
    public void An_offer_is_agreed_once_every_other_party_accepts_in_turn()
    {
        var domain = TestDomains.RandomAdditive([3, 3], parties: 3, seed: 2);
        // Round 1: P0 offers #4. Round 2: P1 accepts. Round 3: P2 counters with #7 (the acceptance
        // count resets). Round 4: P0 accepts, round 5: P1 accepts: #7 is agreed, tabled in round 3.
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => v.HasStanding ? Decision.Accept : Decision.Offer(4)),
            ScriptedStrategy.Spec(v => Decision.Accept),
            ScriptedStrategy.Spec(v => Decision.Offer(7)),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 20 });

        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.Equal(5, result.Rounds);
        Assert.Equal(3, result.Agreement!.Round);
        Assert.Equal(domain.Space.OutcomeAt(7), result.Agreement.Outcome);
        Assert.Equal(
            ["P0 offer", "P1 accept", "P2 offer", "P0 accept", "P1 accept"],
            result.Trace!.Events.Select(e => $"{e.Actor} {TraceCsv.ActionName(e.Action)}"));
    }

    [Fact]
    public void Accepting_with_nothing_on_the_table_breaks_the_rules()
    {
        var domain = TestDomains.Pie(10);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Accept), ScriptedStrategy.Spec(v => Decision.Accept) };

        var ex = Assert.Throws<ProtocolViolationException>(() => Protocol.Run(domain, specs, new NegotiationOptions()));

        Assert.Contains("'A' accepted in round 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offer_outside_the_space_breaks_the_rules()
    {
        var domain = TestDomains.Pie(10);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(11)), ScriptedStrategy.Spec(v => Decision.Accept) };

        Assert.Throws<ProtocolViolationException>(() => Protocol.Run(domain, specs, new NegotiationOptions()));
    }

    [Fact]
    public void A_walkout_ends_the_negotiation_and_everyone_keeps_its_reservation_value()
    {
        var domain = TestDomains.Pie(10, reservationA: 0.3, reservationB: 0.2);
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(10)), ScriptedStrategy.Spec(v => Decision.WalkOut) };

        var result = Protocol.Run(domain, specs, new NegotiationOptions());

        Assert.Equal(SessionEnd.Walkout, result.Ending);
        Assert.Equal(2, result.Rounds);
        Assert.Equal(1, result.WalkedOut);
        Assert.Null(result.Agreement);
        Assert.Equal([0.3, 0.2], result.Payoffs.ToArray());
        Assert.Equal(TraceAction.Walkout, result.Trace!.Events[^1].Action);
        Assert.True(result.Trace.Events[^1].Utilities.IsEmpty);
    }

    [Fact]
    public void The_deadline_ends_it_and_only_the_last_turn_is_a_final_chance_for_two_parties()
    {
        var domain = TestDomains.Pie(10);
        ScriptedStrategy? a = null, b = null;
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => Decision.Offer(10), s => a = s),
            ScriptedStrategy.Spec(v => Decision.Offer(0), s => b = s),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 4 });

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        Assert.Equal(4, result.Rounds);
        Assert.Equal([false, false], a!.Seen.Select(s => s.FinalChance));
        Assert.Equal([false, true], b!.Seen.Select(s => s.FinalChance));
    }

    [Fact]
    public void With_three_parties_the_last_two_turns_are_final_chances()
    {
        // A counter-offer in round k needs rounds k + 1 and k + 2 for the two acceptances.
        var domain = TestDomains.RandomAdditive([2, 2], parties: 3, seed: 3);
        var seen = new ScriptedStrategy[3];
        var specs = Enumerable.Range(0, 3).Select(p => ScriptedStrategy.Spec(v => Decision.Offer(p), s => seen[p] = s)).ToArray();

        Protocol.Run(domain, specs, new NegotiationOptions { Deadline = 6 });

        var flags = seen.SelectMany(s => s.Seen).OrderBy(s => s.Round).Select(s => s.FinalChance);
        Assert.Equal([false, false, false, false, true, true], flags);
    }

    [Fact]
    public void Agreements_are_discounted_per_round_from_the_round_the_offer_was_tabled()
    {
        var domain = TestDomains.Pie(100);
        // A offers 60 in round 1, B counters with 40 in round 2, A accepts in round 3.
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => v.HasStanding ? Decision.Accept : Decision.Offer(60)),
            ScriptedStrategy.Spec(v => Decision.Offer(40)),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Discounts = [0.9, 0.8] });

        var agreement = result.Agreement!;
        Assert.Equal(2, agreement.Round);
        Assert.Equal(3, result.Rounds);
        // Tabled in round 2: one period of discounting. A: 0.40 x 0.9 = 0.36; B: 0.60 x 0.8 = 0.48.
        Assert.Equal(0.40, agreement.Utilities[0], 12);
        Assert.Equal(0.60, agreement.Utilities[1], 12);
        Assert.Equal(0.36, agreement.DiscountedUtilities[0], 12);
        Assert.Equal(0.48, agreement.DiscountedUtilities[1], 12);
        Assert.Equal(agreement.DiscountedUtilities.ToArray(), result.Payoffs.ToArray());
    }

    [Fact]
    public void Each_strategy_is_built_from_its_own_profile_only()
    {
        var domain = TestDomains.Pie(10);
        var contexts = new List<PartyContext>();
        var specs = Enumerable.Range(0, 2).Select(_ => new StrategySpec("spy", c =>
        {
            contexts.Add(c);
            return new ScriptedStrategy(c, v => Decision.WalkOut);
        })).ToArray();

        Protocol.Run(domain, specs, new NegotiationOptions());

        Assert.Equal(2, contexts.Count);
        Assert.Same(domain.Profiles[0], contexts[0].Profile);
        Assert.Same(domain.Profiles[1], contexts[1].Profile);
    }

    [Fact]
    public void Nothing_a_party_is_given_exposes_another_partys_profile_or_utilities()
    {
        // The types handed to strategies: none has a member through which another party's profile,
        // reservation value or utility could be reached.
        var forbidden = new[]
        {
            typeof(NegotiationDomain), typeof(ImmutableArray<Parley.Domain.Preferences.PreferenceProfile>),
            typeof(IReadOnlyList<Parley.Domain.Preferences.PreferenceProfile>), typeof(NegotiationTrace),
            typeof(TraceEvent), typeof(Parley.Negotiation.Mediation.MediatorView), typeof(ImmutableArray<double>), typeof(double[]),
        };
        foreach (var type in new[] { typeof(PartyView), typeof(PartyContext), typeof(NegotiationHistory), typeof(Move), typeof(Decision) })
        {
            foreach (var member in type.GetProperties().Select(p => p.PropertyType)
                .Concat(type.GetMethods().Where(m => !m.IsSpecialName).Select(m => m.ReturnType)))
            {
                Assert.DoesNotContain(member, forbidden);
            }
        }
        Assert.Single(typeof(PartyContext).GetProperties(), p => p.PropertyType == typeof(Parley.Domain.Preferences.PreferenceProfile));
    }
}
