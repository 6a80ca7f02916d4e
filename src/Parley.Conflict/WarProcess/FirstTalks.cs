using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Negotiation;
using Parley.Negotiation.Traces;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// The first episode of talks of one run of the war process, as the negotiation engine recorded it
/// (with its trace), and the day it opened: what <c>parley run</c> shows as "the negotiation", taken
/// from the same runs as its Monte Carlo.
/// </summary>
/// <param name="Run">The run's index in the Monte Carlo.</param>
/// <param name="OpenedDay">The day the episode opened.</param>
/// <param name="EndedDay">The day it ended (agreement or walkout).</param>
/// <param name="Result">The negotiation engine's result, with its trace.</param>
public sealed record FirstTalks(int Run, double OpenedDay, double EndedDay, NegotiationResult Result)
{
    /// <summary>Replays run <paramref name="run"/> of a Monte Carlo with <paramref name="seed"/> and returns its first episode of talks that ended, or null.</summary>
    public static FirstTalks? Of(ScenarioWarModel model, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(model);
        var watcher = new Watcher();
        model.Explain(seed, run, watcher);
        return watcher.Result is { } result ? new FirstTalks(run, watcher.Opened, watcher.Ended, result) : null;
    }

    private sealed class Watcher : IRunObserver
    {
        public double Opened { get; private set; }

        public double Ended { get; private set; }

        public NegotiationResult? Result { get; private set; }

        public void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed)
        {
            if (Result is null)
            {
                Opened = day;
            }
        }

        public void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode)
        {
            if (Result is null && episode is not null)
            {
                Result = episode;
                Ended = day;
            }
        }

        public void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail)
        {
        }

        public void EventFired(int round, double day, int eventIndex)
        {
        }

        public void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA)
        {
        }

        public void CeasefireBroken(int round, double day, Side breaker, double heldDays)
        {
        }

        public void Battles(int round, double day, int wonByA, int lostByA, double controlA)
        {
        }
    }
}
