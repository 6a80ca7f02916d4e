using System.Collections.Immutable;

namespace Parley.Application.Play;

/// <summary>One clause of a text as a seat sees it: the issue, the value in the text, the values it could take.</summary>
/// <param name="Issue">The issue's position.</param>
/// <param name="Name">The issue's name.</param>
/// <param name="Value">The index of the value in the text.</param>
/// <param name="Options">Every value the issue can take, as text.</param>
public sealed record Clause(int Issue, string Name, int Value, ImmutableArray<string> Options)
{
    /// <summary>The value in the text, as text.</summary>
    public string ValueText => Options[Value];
}

/// <summary>What the war did up to a round of the talks, as the news tells it (one simulated war of the scenario).</summary>
/// <param name="Day">The day the round ends.</param>
/// <param name="Deaths">Cumulative deaths (combatants and civilians) of each side, in party order.</param>
/// <param name="NeedMet">The share of food need met that round (the humanitarian signal), or null without a humanitarian model.</param>
/// <param name="Fighting">Whether the war is still being fought at the end of the round.</param>
public sealed record WarNews(double Day, ImmutableArray<double> Deaths, double? NeedMet, bool Fighting)
{
    /// <summary>The round's front as the seat's own side sees it, or null when the seat is no belligerent of the war.</summary>
    public FrontNews? Front { get; init; }
}

/// <summary>
/// One round of the war process as one side sees it (the run replayed by <c>ScenarioWarModel.Explain</c>):
/// only its own value of fighting on, never the other side's.
/// </summary>
/// <param name="BattlesWon">Battles this side won that round.</param>
/// <param name="BattlesLost">Battles this side lost that round.</param>
/// <param name="Control">This side's share of the contested territory after the round's battles (0 to 1).</param>
/// <param name="FightingValue">What fighting on is worth to this side at the start of the round (its reservation value in the war process).</param>
/// <param name="Events">What happened that round: events fired, a ceasefire broken.</param>
public sealed record FrontNews(int BattlesWon, int BattlesLost, double Control, double FightingValue, ImmutableArray<string> Events);

/// <summary>
/// A seat's turn: what that party may see when it must answer the mediator's text. Its own utilities
/// and reservation value only; the other parties' moves as the public history shows them.
/// </summary>
/// <param name="Seat">The party's index.</param>
/// <param name="Party">The party's name.</param>
/// <param name="Round">The round (1-based).</param>
/// <param name="Deadline">The last round.</param>
/// <param name="Text">The mediator's text on the table, clause by clause.</param>
/// <param name="Utility">What the text is worth to this party.</param>
/// <param name="Reservation">This party's reservation value this round (what fighting on is worth to it).</param>
/// <param name="OthersMoves">The other parties' moves in the rounds before, as the public record shows them.</param>
/// <param name="News">The war's news up to this round, or null when the scenario models no war.</param>
public sealed record SeatTurn(
    int Seat,
    string Party,
    int Round,
    int Deadline,
    ImmutableArray<Clause> Text,
    double Utility,
    double Reservation,
    ImmutableArray<string> OthersMoves,
    WarNews? News);

/// <summary>What an agent in a person's seat would have done on one turn, shown after the game.</summary>
/// <param name="Round">The round.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Agent">The agent's move ("accept", "walk out" or the amendments it would table).</param>
/// <param name="Person">The person's move, in the same words.</param>
public sealed record AdviceEntry(int Round, int Seat, string Agent, string Person);
