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
    private NegotiationHistory? _history;
    private int _issues = -1;

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
}
