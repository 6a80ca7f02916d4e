using Parley.Negotiation.Protocols;
using Parley.Application;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Negotiation.Strategies;

/// <summary>Strategies concede over a stated patience from the opening of the talks, not over the deadline.</summary>
public sealed class PatienceTests
{
    [Fact]
    public void With_a_patience_normalised_time_is_rounds_since_the_opening_over_the_patience_capped_at_one()
    {
        var scenario = GazaFiles.Scenario;
        var problem = scenario.ToProblem();
        var context = new PartyContext("mediated", 0, problem.PartyNames, problem.Profiles[0], deadline: 100, patience: 8);
        var view = new PartyView(context, new NegotiationHistory(problem.Space.IssueCount, 8));
        // Round 1: nothing completed; round 5: 4 of 8; round 30: past the patience, t = 1.
        view.Set(1, 0.5, -1, false);
        Assert.Equal(0, view.Time);
        view.Set(5, 0.5, -1, false);
        Assert.Equal(0.5, view.Time, 12);
        view.Set(30, 0.5, -1, false);
        Assert.Equal(1, view.Time);
    }

    [Fact]
    public void The_agreement_no_longer_moves_with_the_deadline()
    {
        // Without a patience the mediated talks on the Gaza profiles agree later the later the
        // deadline (issue 10: rounds 19/44/86 for deadlines 20/50/100). With a patience of 12
        // rounds, every deadline past the agreement gives the same round and text.
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims") with { NegotiationPatience = 12 };
        var results = new[] { 20, 50, 100 }.Select(d => ScenarioRun.Negotiate(scenario, 1, rounds: d)).ToList();
        Assert.All(results, r => Assert.NotNull(r.Agreement));
        Assert.All(results, r => Assert.Equal(results[0].Agreement!.Round, r.Agreement!.Round));
        Assert.All(results, r => Assert.Equal(results[0].Agreement!.Outcome, r.Agreement!.Outcome));
        Assert.True(results[0].Agreement!.Round <= 20);
    }
}
