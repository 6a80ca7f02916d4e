using System.Collections.Immutable;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Negotiation;
using Parley.Negotiation.Traces;

namespace Parley.Application.Play;

/// <summary>
/// What one run of the war process did round by round, told by <see cref="ScenarioWarModel.Explain"/>:
/// each side's value of fighting on at the start of the round, the battles won and lost, the control
/// after them, the events fired and ceasefires broken. <see cref="For"/> gives one side's view of a round, never the other's value.
/// </summary>
internal sealed class WarRoundLog : IRunObserver
{
    private readonly ScenarioWarModel _model;
    private readonly Dictionary<int, Entry> _rounds = [];
    private readonly Dictionary<int, List<string>> _events = [];

    /// <summary>Replays run <paramref name="run"/> of <paramref name="model"/> with <paramref name="seed"/> and keeps its rounds.</summary>
    public WarRoundLog(ScenarioWarModel model, ulong seed, int run)
    {
        _model = model;
        model.Explain(seed, run, this);
    }

    /// <summary>
    /// Round <paramref name="round"/> (0-based) as side <paramref name="side"/> (0: A, 1: B) sees it; a round
    /// after the run ended keeps the last state, with no battles and no events. Null before the first round told.
    /// </summary>
    public FrontNews? For(int side, int round)
    {
        Entry? last = null;
        var at = -1;
        for (var r = round; r >= 0 && last is null; r--)
        {
            if (_rounds.TryGetValue(r, out var e))
            {
                (last, at) = (e, r);
            }
        }
        if (last is null)
        {
            return null;
        }
        var current = at == round;
        var (won, lost) = current ? (side == 0 ? (last.WonByA, last.LostByA) : (last.LostByA, last.WonByA)) : (0, 0);
        var controlA = last.ControlA;
        var events = _events.TryGetValue(round, out var list) ? list.ToImmutableArray() : [];
        return new FrontNews(won, lost, side == 0 ? controlA : 1 - controlA, side == 0 ? last.ValueA : last.ValueB, events);
    }

    /// <inheritdoc />
    public void EventFired(int round, double day, int eventIndex) => Tell(round, $"event: {_model.War.Events[eventIndex].Name}");

    private void Tell(int round, string line)
    {
        if (!_events.TryGetValue(round, out var list))
        {
            _events[round] = list = [];
        }
        list.Add(line);
    }

    /// <inheritdoc />
    public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA) =>
        _rounds[round] = new Entry { ValueA = valueA, ValueB = valueB, ControlA = controlA };

    /// <inheritdoc />
    public void Battles(int round, double day, int wonByA, int lostByA, double controlA)
    {
        if (_rounds.TryGetValue(round, out var e))
        {
            (e.WonByA, e.LostByA, e.ControlA) = (wonByA, lostByA, controlA);
        }
    }

    /// <inheritdoc />
    public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed)
    {
    }

    /// <inheritdoc />
    public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
    {
    }

    /// <inheritdoc />
    public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode)
    {
    }

    /// <inheritdoc />
    public void CeasefireBroken(int round, double day, Side breaker, double heldDays) =>
        Tell(round, $"the ceasefire was broken by {_model.Parties[breaker == Side.A ? 0 : 1]} after {heldDays:0} days");

    private sealed class Entry
    {
        public double ValueA { get; init; }

        public double ValueB { get; init; }

        public double ControlA { get; set; }

        public int WonByA { get; set; }

        public int LostByA { get; set; }
    }
}
