using System.Globalization;
using System.Text;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Negotiation;
using Parley.Negotiation.Traces;
using Parley.Simulation;

namespace Parley.Application.Explain;

/// <summary>Turns the steps of one run into <see cref="RunStoryLine"/>s.</summary>
internal sealed class RunStoryTeller(ScenarioWarModel model) : IRunObserver
{
    private readonly List<RunStoryLine> _lines = [];
    private int _lastRound;
    private string? _lastValues;
    private bool _nextPhase;

    public IReadOnlyList<RunStoryLine> Lines => _lines;

    public void EventFired(int round, double day, int eventIndex)
    {
        var e = model.War.Events[eventIndex];
        // A walkout the scenario states is told with the side and the reason it gave.
        var walkouts = e.Effects.Where(f => f.Target == Conflict.WarProcess.Events.EffectTarget.Walkout)
            .Select(f => f.Reason is null ? $"{model.Parties[f.Side]} leaves the talks" : $"{model.Parties[f.Side]} leaves the talks: {f.Reason}");
        var told = string.Join("; ", walkouts);
        Add(round, day, "event", null, told.Length == 0 ? $"event '{e.Name}' fired" : $"event '{e.Name}' fired: {told}");
    }

    public void TextInForce(int round, double day, string name, ReadOnlySpan<double> terms, double utilityA, double utilityB) =>
        Add(round, day, "agreement", null, $"the run starts on the date of '{name}', in force as a ceasefire from day {F(day)}: {Terms(terms)} (worth {F(utilityA)} to {model.Parties[0]}, {F(utilityB)} to {model.Parties[1]})");

    /// <summary>Tells the values of a round unless they are those last told (as in a ceasefire that holds).</summary>
    public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA)
    {
        var text = $"value of fighting on: {model.Parties[0]} {F(valueA)}, {model.Parties[1]} {F(valueB)}; " +
            $"belief of winning a battle: {model.Parties[0]} {F(beliefA)}, {model.Parties[1]} {F(beliefB)}; " +
            $"{model.Parties[0]} holds {Percent(controlA)}";
        if (text != _lastValues)
        {
            _lastValues = text;
            Add(round, day, "values", null, text);
        }
    }

    public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed)
    {
        _nextPhase = nextPhase;
        Add(round, day, "talks", null, nextPhase ? $"talks on the next phase open (due from day {F(model.War.Ceasefire.TalksFromDay)} of the ceasefire), the ceasefire holding (episode {episode})" : episode == 1 ? "talks open" : $"talks reopen (episode {episode})");
    }

    public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
    {
        var who = party is 0 or 1 ? model.Parties[party] : "the mediator";
        var worth = double.IsNaN(utilityA) ? "" : $" (worth {F(utilityA)} to {model.Parties[0]}, {F(utilityB)} to {model.Parties[1]})";
        var text = action switch
        {
            TraceAction.Text => $"the mediator tables a text: {Terms(terms)}{worth}",
            TraceAction.Revision => $"the mediator revises the text: {Terms(terms)}{worth}",
            TraceAction.Offer => $"{who} offers {Terms(terms)}{worth}",
            TraceAction.Accept => $"{who} accepts",
            TraceAction.Reject => detail is null ? $"{who} rejects" : $"{who} cannot accept: {detail}",
            TraceAction.Amendment => $"{who} asks for an amendment: {detail}",
            _ => $"{who} walks out",
        };
        Add(round, day, action == TraceAction.Amendment ? "amendment" : action == TraceAction.Walkout ? "walkout" : "offer", party is 0 or 1 ? who : null, text);
    }

    public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode)
    {
        var text = end switch
        {
            TalksEnd.Agreement => _nextPhase
                ? $"agreement on the next phase on day {F(day)}: {Terms(terms)}; it replaces the text in force"
                : $"agreement on day {F(day)}: {Terms(terms)}; a ceasefire starts",
            TalksEnd.Reaffirmed => $"the talks on the next phase re-agree the text in force on day {F(day)}: nothing changes, and these talks end",
            TalksEnd.Walkout => $"{model.Parties[walkedOut]} walks out: talks closed until day {F(reopensDay)}",
            TalksEnd.Rejected => "the ultimatum is rejected; a new one comes next round",
            TalksEnd.CeasefireBroke => $"the talks on the next phase end with the ceasefire; talks reopen on day {F(reopensDay)}",
            _ => "positions changed: the talks start again from a new text",
        };
        Add(round, day, end == TalksEnd.Agreement ? "agreement" : "talks", null, text);
    }

    public void Vetoed(int round, double day, int side, string ally) =>
        Add(round, day, "offer", model.Parties[side], $"{model.Parties[side]} cannot accept: {ally} vetoes {model.Parties[side]}'s acceptance");

    public void CeasefireBroken(int round, double day, Side breaker, double heldDays)
    {
        var party = PartyOf(breaker);
        Add(round, day, "breakdown", party, $"{party} breaks the ceasefire on day {F(day)} after {F(heldDays)} days");
    }

    public void Battles(int round, double day, int wonByA, int lostByA, double controlA)
    {
        var winner = wonByA > lostByA ? model.Parties[0] : lostByA > wonByA ? model.Parties[1] : null;
        var outcome = winner is null ? "even" : $"{winner} wins on balance";
        // Fighting that resumes when a ceasefire breaks mid-round is told on the day it broke.
        if (_lines.Count > 0 && _lines[^1] is { Kind: "breakdown" } broken && broken.Round == round)
        {
            day = broken.Day;
        }
        Add(round, day, "battle", winner,
            $"battles: {model.Parties[0]} wins {wonByA}, {model.Parties[1]} wins {lostByA} ({outcome}); {model.Parties[0]} now holds {Percent(controlA)}");
    }

    /// <summary>The last line: how the run ended.</summary>
    public void End(RunRecord record)
    {
        var text = new StringBuilder($"ending: {EndingNames.Name(record.Ending)}");
        string? party = null;
        if (record.Prevailing != Side.None)
        {
            party = PartyOf(record.Prevailing);
            text.Append(CultureInfo.InvariantCulture, $", {party} prevails");
        }
        if (record.FollowedBy is { } after)
        {
            text.Append(CultureInfo.InvariantCulture, $" (then {EndingNames.Name(after)})");
        }
        text.Append(CultureInfo.InvariantCulture, $" after {record.Rounds} rounds, {F(record.Days)} days");
        if (!double.IsNaN(record.AgreementDay))
        {
            text.Append(CultureInfo.InvariantCulture, $"; first agreement on day {F(record.AgreementDay)}");
        }
        var round = Math.Max(_lastRound, record.Rounds - 1);
        _lines.Add(new RunStoryLine(round, record.Days, "ending", party, text.ToString()));
    }

    private string Terms(ReadOnlySpan<double> terms) => TermsText.Describe(model.Space, terms);

    private string PartyOf(Side side) => side == Side.A ? model.Parties[0] : model.Parties[1];

    private void Add(int round, double day, string kind, string? party, string text)
    {
        _lastRound = round;
        _lines.Add(new RunStoryLine(round, day, kind, party, text));
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);
}
