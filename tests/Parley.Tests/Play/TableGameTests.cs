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
}
