using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// For each issue, the values a revised text may take: the current value first, then the distinct
/// values the amendments proposed for it, in the order tabled. One instance serves one negotiation at
/// a time (its <see cref="MediatorView"/>, or the negotiations of one workspace in turn) and is
/// refilled every round, with the scratch arrays of <see cref="NashRule"/>, so revising a text
/// allocates nothing.
/// </summary>
internal sealed class CandidateValues
{
    private readonly int[] _offsets;
    private readonly int[] _values;
    private readonly int[] _counts;

    public CandidateValues(OutcomeSpace space)
    {
        Space = space;
        _offsets = OutcomeSearch.OutcomeIndex.ValueOffsets(space);
        _values = new int[_offsets[space.IssueCount]];
        _counts = new int[space.IssueCount];
        var m = space.IssueCount;
        Varying = new int[m];
        Digits = new int[m];
        Best = new int[m];
        Odometer = new int[m];
    }

    /// <summary>The space the candidates are values of.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>How many issues.</summary>
    public int IssueCount => _counts.Length;

    /// <summary>Scratch for the issues with more than one candidate.</summary>
    public int[] Varying { get; }

    /// <summary>Scratch for the text being scored.</summary>
    public int[] Digits { get; }

    /// <summary>Scratch for the best text so far.</summary>
    public int[] Best { get; }

    /// <summary>Scratch for the odometer over the varying issues.</summary>
    public int[] Odometer { get; }

    /// <summary>How many candidate values issue <paramref name="issue"/> has.</summary>
    public int Count(int issue) => _counts[issue];

    /// <summary>Candidate <paramref name="k"/> of issue <paramref name="issue"/> (0: the current value).</summary>
    public int this[int issue, int k] => _values[_offsets[issue] + k];

    /// <summary>The current text's values followed by each amendment's value not yet a candidate of its issue.</summary>
    public void Fill(ReadOnlySpan<int> text, IReadOnlyList<Amendment> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        if (text.Length != IssueCount)
        {
            throw new ModelException($"the text gives {text.Length} values for {IssueCount} issues");
        }
        for (var i = 0; i < IssueCount; i++)
        {
            _counts[i] = 0;
            Add(i, text[i]);
        }
        for (var k = 0; k < amendments.Count; k++)
        {
            var a = amendments[k];
            if (!Contains(a.Issue, a.Value))
            {
                Add(a.Issue, a.Value);
            }
        }
    }

    /// <summary>Leaves <paramref name="value"/> as issue <paramref name="issue"/>'s only candidate.</summary>
    public void SetSingle(int issue, int value)
    {
        _counts[issue] = 0;
        Add(issue, value);
    }

    private bool Contains(int issue, int value)
    {
        var start = _offsets[issue];
        for (var k = 0; k < _counts[issue]; k++)
        {
            if (_values[start + k] == value)
            {
                return true;
            }
        }
        return false;
    }

    private void Add(int issue, int value)
    {
        if ((uint)issue >= (uint)IssueCount || (uint)value >= (uint)Space.Radices[issue])
        {
            throw new ModelException($"a candidate value #{value} for issue #{issue} is outside the space");
        }
        _values[_offsets[issue] + _counts[issue]++] = value;
    }
}
