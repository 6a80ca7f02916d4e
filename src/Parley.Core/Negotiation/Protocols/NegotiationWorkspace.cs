using Parley.Domain;
using Parley.Negotiation.Mediation;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// Arrays that negotiations opened one after another reuse (<see cref="NegotiationOptions.Workspace"/>),
/// so that a caller opening many of them (the war process opens an episode of talks after every
/// walkout and ceasefire) allocates the history once and not per negotiation. One workspace serves
/// one negotiation at a time on one thread: opening the next one empties the history of the last,
/// which then refuses to be stepped or read.
/// </summary>
public sealed class NegotiationWorkspace
{
    private readonly int[][] _scratch = new int[ScratchSlots][];
    private NegotiationHistory? _history;
    private int _issues = -1;
    private CandidateValues? _candidates;

    /// <summary>How many scratch arrays a protocol may ask for (<see cref="Scratch"/>).</summary>
    internal const int ScratchSlots = 3;

    /// <summary>How many negotiations the workspace has served (the current one's number).</summary>
    internal int Generation { get; private set; }

    /// <summary>An empty history for a new negotiation over <paramref name="issues"/> issues, with its generation.</summary>
    internal (NegotiationHistory History, int Generation) Take(int issues, int capacity)
    {
        Generation++;
        if (_history is null || _issues != issues)
        {
            _history = new NegotiationHistory(issues, capacity);
            _issues = issues;
        }
        else
        {
            _history.Clear();
        }
        return (_history, Generation);
    }

    /// <summary>The amendments of a round of the mediated protocol (the protocol empties it when it opens).</summary>
    internal List<Amendment> Amendments { get; } = [];

    /// <summary>Scratch array <paramref name="slot"/> of exactly <paramref name="length"/> ints, its contents left from its last use.</summary>
    internal int[] Scratch(int slot, int length)
    {
        var array = _scratch[slot];
        if (array is null || array.Length != length)
        {
            array = _scratch[slot] = new int[length];
        }
        return array;
    }

    /// <summary>The mediator's candidate values over <paramref name="space"/>.</summary>
    internal CandidateValues Candidates(OutcomeSpace space) =>
        _candidates is { } candidates && candidates.Space == space ? candidates : _candidates = new CandidateValues(space);
}
