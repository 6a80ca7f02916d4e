using Parley.Domain.Endings;
using Parley.Conflict.WarProcess.Talks;
using Parley.Negotiation;
using Parley.Negotiation.Traces;

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

    /// <summary>
    /// An episode of talks opened: the first, again after a walkout, a collapse or new positions, or
    /// (<paramref name="nextPhase"/>) talks on the next phase during a ceasefire whose text is not permanent.
    /// <paramref name="seed"/> is the episode's seed in the negotiation engine (drawn from the run's stream).
    /// </summary>
    void TalksOpened(int round, double day, int episode, bool nextPhase, ulong seed);

    /// <summary>
    /// One move of the talks: by side <paramref name="party"/> (0: A, 1: B; −1: the mediator), what it
    /// did, the terms of the text it concerns (empty for amendments and walkouts), each side's utility
    /// for that text, and its detail (an amendment's issue and value, or a justification).
    /// </summary>
    void TalksMove(int round, double day, int party, TraceAction action, ReadOnlySpan<double> terms, double utilityA, double utilityB, string? detail);

    /// <summary>
    /// An episode ended (<see cref="TalksEnd"/>): the agreed terms and utilities for an agreement, the
    /// side <paramref name="walkedOut"/> for a walkout; talks reopen from <paramref name="reopensDay"/>.
    /// <paramref name="episode"/> is the negotiation engine's result, with its trace (null when the
    /// episode was cut short by new positions or a broken ceasefire).
    /// </summary>
    void TalksEnded(int round, double day, TalksEnd end, int walkedOut, ReadOnlySpan<double> terms, double utilityA, double utilityB, double reopensDay, NegotiationResult? episode);

    /// <summary>
    /// Ally <paramref name="ally"/> vetoed side <paramref name="side"/>'s acceptance of the text on the
    /// table in this round (coalitions, docs/war-process.md); observers that do not count vetoes ignore it.
    /// </summary>
    void Vetoed(int round, double day, int side, string ally)
    {
    }

    /// <summary>
    /// The run starts with text <paramref name="name"/> in force as a ceasefire (a simulation from a
    /// text's date): its terms and each side's utility for it. Observers that do not need it ignore it.
    /// </summary>
    void TextInForce(int round, double day, string name, ReadOnlySpan<double> terms, double utilityA, double utilityB)
    {
    }

    /// <summary>The ceasefire in force was broken by <paramref name="breaker"/> on <paramref name="day"/>, after holding <paramref name="heldDays"/> days.</summary>
    void CeasefireBroken(int round, double day, Side breaker, double heldDays);

    /// <summary>The battles of a round: how many side A won and lost, and side A's share of the territory after them.</summary>
    void Battles(int round, double day, int wonByA, int lostByA, double controlA);
}
