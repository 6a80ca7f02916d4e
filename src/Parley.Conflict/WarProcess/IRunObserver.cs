using Parley.Domain.Endings;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// Watches one run of the war process step by step (<see cref="ScenarioWarModel.Explain"/>). The Monte
/// Carlo passes none, so its per-round path stays allocation-free and its results unchanged; an observer
/// only reads what the run does and never draws from its random stream.
/// </summary>
public interface IRunObserver
{
    /// <summary>An event fired at the start of <paramref name="round"/> (its index among the war's events).</summary>
    void EventFired(int round, double day, int eventIndex);

    /// <summary>
    /// The state at the start of a round: each side's value of fighting on (its reservation value), its
    /// belief (the posterior mean of its chance of winning a battle) and side A's share of the contested territory.
    /// </summary>
    void RoundStarted(int round, double day, double valueA, double valueB, double beliefA, double beliefB, double controlA);

    /// <summary>An offer tabled by <paramref name="proposer"/> (0: side A, 1: side B): its terms per issue, each side's utility for it, and whether the other accepted (an agreement and a ceasefire).</summary>
    void Offer(int round, double day, int proposer, ReadOnlySpan<double> terms, double utilityA, double utilityB, bool accepted);

    /// <summary>The ceasefire in force was broken by <paramref name="breaker"/> on <paramref name="day"/>, after holding <paramref name="heldDays"/> days.</summary>
    void CeasefireBroken(int round, double day, Side breaker, double heldDays);

    /// <summary>The battles of a round: how many side A won and lost, and side A's share of the territory after them.</summary>
    void Battles(int round, double day, int wonByA, int lostByA, double controlA);
}
