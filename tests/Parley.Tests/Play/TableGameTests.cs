using Parley.Application;
using Parley.Application.Play;
using Parley.Formats.Scenario;
using Parley.Negotiation;

namespace Parley.Tests.Play;

public class TableGameTests
{
    private static readonly Lazy<Parley.Conflict.Scenarios.Scenario> Gaza = new(() =>
        ScenarioMonteCarlo.Prepare(ScenarioReader.ReadFile(RepoFiles.Path("scenarios", "gaza-2025", "scenario.yaml")), null, "no data in this test", null));

    [Fact]
    public void A_person_who_walks_out_ends_the_talks_in_round_one_and_the_agents_play_on_alone()
    {
        var scenario = Gaza.Value;
        using var game = new TableGame(scenario, "limited-aims", [0], seed: 3, rounds: 6);
        using var turned = new ManualResetEventSlim();
        using var ended = new ManualResetEventSlim();
        game.Changed += () => (game.Outcome is null && game.Failure is null ? turned : ended).Set();
        game.Start();
        Assert.True(turned.Wait(TimeSpan.FromSeconds(30)));
        var turn = game.Turn(0)!;
        Assert.Null(game.Turn(1));
        Assert.Equal((1, 6, "Israel"), (turn.Round, turn.Deadline, turn.Party));
        // The first text is the scenario's first text; its worth is the seat's own utility.
        var text = scenario.Texts[0].Complete(scenario.Space, scenario.Defaults);
        Assert.Equal(text.ValueIndices, turn.Text.Select(c => c.Value));
        Assert.Equal(scenario.WithHypothesis("limited-aims").ToProblem().Profiles[0].Utility(text), turn.Utility, 12);
        Assert.NotNull(turn.News);
        Assert.Empty(turn.OthersMoves);

        Assert.True(game.Answer(0, GameMove.WalkOut));
        Assert.False(game.Answer(0, GameMove.Accept));
        Assert.True(ended.Wait(TimeSpan.FromSeconds(30)));

        var outcome = game.Outcome!;
        Assert.Equal((SessionEnd.Walkout, 0, 1), (outcome.Result.Ending, outcome.Result.WalkedOut!.Value, outcome.Result.Rounds));
        var advice = Assert.Single(outcome.Advice);
        Assert.Equal((1, 0, "walk out"), (advice.Round, advice.Seat, advice.Person));
        // The agents' game is the one the library's mediated talks give with Boulware in both seats.
        Assert.NotEqual(SessionEnd.Walkout, outcome.Agents.Ending);
        Assert.NotNull(outcome.NashText);
    }

    [Fact]
    public void Amendments_that_leave_the_text_unchanged_are_refused_with_a_reason()
    {
        using var game = new TableGame(Gaza.Value, "limited-aims", [1], seed: 1, rounds: 3);
        using var turned = new ManualResetEventSlim();
        game.Changed += turned.Set;
        game.Start();
        Assert.True(turned.Wait(TimeSpan.FromSeconds(30)));
        var turn = game.Turn(1)!;
        var same = new Dictionary<int, int> { [0] = turn.Text[0].Value };
        var ex = Assert.Throws<ArgumentException>(() => game.Answer(1, GameMove.Amend(same)));
        Assert.Contains("change at least one clause", ex.Message, StringComparison.Ordinal);
        Assert.Same(turn, game.Turn(1));
        var other = (turn.Text[0].Value + 1) % turn.Text[0].Options.Length;
        Assert.Equal(game.UtilityFor(1, [.. turn.Text.Select(c => c.Value)]), turn.Utility, 12);
        Assert.True(game.Answer(1, GameMove.Amend(new Dictionary<int, int> { [0] = other })));
    }

    [Fact]
    public void Each_seat_reads_the_war_front_from_its_own_side_and_only_its_own_value_of_fighting_on()
    {
        using var game = new TableGame(Gaza.Value, "limited-aims", [0, 1], seed: 5, rounds: 4);
        using var changed = new SemaphoreSlim(0);
        game.Changed += () => changed.Release();
        game.Start();
        SeatTurn? first = null, second = null;
        // The seats answer in turn within a round: the first seat's turn, then (after it answers) the second's.
        while (second is null && changed.Wait(TimeSpan.FromSeconds(30)))
        {
            if (first is null && game.Turn(0) is { } t0)
            {
                first = t0;
                Assert.True(game.Answer(0, GameMove.Accept));
            }
            else if (game.Turn(1) is { Round: 1 } t1)
            {
                second = t1;
            }
        }
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal((1, 1), (first.Round, second.Round));
        var israel = first.News!.Front!;
        var hamas = second.News!.Front!;
        // Battles and control are one front seen from its two sides: one side's wins are the other's losses.
        Assert.Equal((israel.BattlesWon, israel.BattlesLost), (hamas.BattlesLost, hamas.BattlesWon));
        Assert.Equal(1.0, israel.Control + hamas.Control, 12);
        Assert.InRange(israel.Control, 0, 1);
        // The value the war process tells the observer is the reservation value the talks hold each seat to
        // (the simulated war's trace, recorded by another path); each seat sees its own only.
        Assert.Equal(first.Reservation, israel.FightingValue, 9);
        Assert.Equal(second.Reservation, hamas.FightingValue, 9);
        Assert.NotEqual(israel.FightingValue, hamas.FightingValue);
        Assert.Equal(israel.Events, hamas.Events);
    }

    [Fact]
    public void The_agreement_point_gives_the_belligerents_utilities_in_the_charts_order()
    {
        var deal = new Agreement(new Parley.Domain.Outcome([0, 0]), 3, [0.25, 0.75], [0.25, 0.75]);
        var result = new NegotiationResult { Protocol = "mediated-text", PartyNames = ["Israel", "Hamas"], Ending = SessionEnd.Agreement, Rounds = 3, Agreement = deal, Payoffs = [0.25, 0.75], FinalReservations = [0, 0] };
        var outcome = new GameOutcome(result, null, [], result, []);
        Assert.Equal(new Parley.Application.Results.UtilityPoint(0.75, 0.25), outcome.AgreementPoint(new("Hamas", "Israel")));
        Assert.Null(outcome.AgreementPoint(new("Hamas", "Egypt")));
        Assert.Null((outcome with { Result = result with { Agreement = null } }).AgreementPoint(new("Israel", "Hamas")));
    }
}
