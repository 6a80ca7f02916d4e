using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;
using Parley.Tests.Negotiation.Mediation;

namespace Parley.Tests.Negotiation.Protocols;

public class MediatedTextProtocolTests
{
    private static readonly MediatedTextProtocol Nash = new(new NashMediator());

    [Fact]
    public void Amendments_are_tabled_the_text_revised_and_agreed_when_all_accept()
    {
        // Round 1: framework (4, mixed), given (the utilitarian framework ties mixed and alt and draws
        // one, see MediatorRuleTests). A accepts; B wants (1, alt): two amendments.
        // Round 2: the Nash rule gives (4, alt) (see MediatorRuleTests); both accept.
        var domain = MediationDomain.Create();
        var wanted = domain.Space.Encode(MediationDomain.Text(domain, 1, "alt").ValueIndices.AsSpan());
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => Decision.Accept),
            ScriptedStrategy.Spec(v => v.StandingDigits[1] == 2 ? Decision.Accept : Decision.Offer(wanted)),
        };

        var result = new MediatedTextProtocol(new NashMediator(), MediationDomain.Text(domain, 4, "mixed")).Run(domain, specs, new NegotiationOptions { Deadline = 5 });

        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.Equal(2, result.Rounds);
        Assert.Equal(MediationDomain.Text(domain, 4, "alt"), result.Agreement!.Outcome);
        var events = result.Trace!.Events;
        Assert.Equal(
            ["1 mediator text", "1 A accept", "1 B amendment", "1 B amendment", "2 mediator revision", "2 A accept", "2 B accept"],
            events.Select(e => $"{e.Round} {e.Actor} {TraceCsv.ActionName(e.Action)}"));
        // The trucks amendment applied alone to (4, mixed) gives (1, mixed): A 0.15 + 0.2, B 0.375 + 0.3.
        var trucks = events[2];
        Assert.Equal(("trucks", "1"), (trucks.Issue, trucks.Value));
        Assert.Equal(0.35, trucks.Utilities[0], 12);
        Assert.Equal(0.675, trucks.Utilities[1], 12);
        Assert.False(string.IsNullOrWhiteSpace(trucks.Justification));
        Assert.Equal(new NashMediator().Rule, events[4].Justification);
    }

    [Fact]
    public void Parties_answer_the_text_simultaneously()
    {
        // In each round both parties see the same history: the texts and earlier rounds only.
        var domain = MediationDomain.Create();
        var wanted = domain.Space.Encode(MediationDomain.Text(domain, 0, "alt").ValueIndices.AsSpan());
        ScriptedStrategy? a = null, b = null;
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => Decision.Offer(wanted == v.StandingOutcome ? 0 : wanted), s => a = s),
            ScriptedStrategy.Spec(v => Decision.Offer(wanted == v.StandingOutcome ? 0 : wanted), s => b = s),
        };

        Nash.Run(domain, specs, new NegotiationOptions { Deadline = 3 });

        Assert.Equal(a!.Seen.Select(s => s.HistoryCount), b!.Seen.Select(s => s.HistoryCount));
        Assert.Equal(1, a.Seen[0].HistoryCount);
        Assert.All(a.Seen, s => Assert.Equal(Move.Mediator, s.StandingParty));
    }

    [Fact]
    public void The_deadline_ends_it_and_only_the_last_round_is_a_final_chance()
    {
        var domain = MediationDomain.Create();
        var wantA = domain.Space.Encode(MediationDomain.Text(domain, 4, "UN").ValueIndices.AsSpan());
        var wantB = domain.Space.Encode(MediationDomain.Text(domain, 0, "alt").ValueIndices.AsSpan());
        ScriptedStrategy? a = null;
        var specs = new[]
        {
            ScriptedStrategy.Spec(v => v.StandingOutcome == wantA ? Decision.Accept : Decision.Offer(wantA), s => a = s),
            ScriptedStrategy.Spec(v => v.StandingOutcome == wantB ? Decision.Accept : Decision.Offer(wantB)),
        };

        var result = Nash.Run(domain, specs, new NegotiationOptions { Deadline = 3 });

        Assert.Equal(SessionEnd.Deadline, result.Ending);
        Assert.Equal(3, result.Rounds);
        Assert.Equal([false, false, true], a!.Seen.Select(s => s.FinalChance));
    }

    [Fact]
    public void A_walkout_ends_it()
    {
        var domain = MediationDomain.Create();
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Accept), ScriptedStrategy.Spec(v => Decision.WalkOut) };

        var result = Nash.Run(domain, specs, new NegotiationOptions { Deadline = 3 });

        Assert.Equal(SessionEnd.Walkout, result.Ending);
        Assert.Equal(1, result.WalkedOut);
        Assert.Equal(1, result.Rounds);
    }

    [Fact]
    public void Tabling_the_text_itself_breaks_the_rules()
    {
        var domain = MediationDomain.Create();
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Offer(v.StandingOutcome)), ScriptedStrategy.Spec(v => Decision.Accept) };

        Assert.Throws<ProtocolViolationException>(() => Nash.Run(domain, specs, new NegotiationOptions { Deadline = 3 }));
    }

    [Fact]
    public void A_given_framework_text_is_where_the_mediator_starts()
    {
        var domain = MediationDomain.Create();
        var framework = MediationDomain.Text(domain, 2, "UN");
        var specs = new[] { ScriptedStrategy.Spec(v => Decision.Accept), ScriptedStrategy.Spec(v => Decision.Accept) };

        var result = new MediatedTextProtocol(new NashMediator(), framework).Run(domain, specs, new NegotiationOptions { Deadline = 3 });

        Assert.Equal(framework, result.Agreement!.Outcome);
        Assert.Equal(1, result.Rounds);
    }

    [Theory]
    [InlineData("nash")]
    [InlineData("split")]
    public void Conceding_parties_reach_a_text_both_prefer_to_fighting_on(string mediator)
    {
        var domain = TestDomains.RandomAdditive([5, 4, 6, 3], parties: 2, seed: 21, reservation: 0.3);
        var protocol = new MediatedTextProtocol(MediatorCatalog.Get(mediator));
        var specs = new[] { StrategyCatalog.Get("boulware"), StrategyCatalog.Get("conceder") };

        var result = protocol.Run(domain, specs, new NegotiationOptions { Deadline = 30 });

        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.All(result.Agreement!.Utilities, u => Assert.True(u >= 0.3));
        Assert.Contains(result.Trace!.Events, e => e.Action == TraceAction.Amendment);
    }
}
