using System.Collections.Immutable;

namespace Parley.Domain;

/// <summary>
/// The product of a list of issues: every agreement text that gives each issue one value. An
/// outcome is addressed by a mixed-radix index (the last issue varies fastest), so a space of
/// 10^10 texts costs nothing until someone asks to enumerate it.
/// </summary>
public sealed class OutcomeSpace
{
    private readonly Dictionary<string, int> _issueIndex;
    private readonly long[] _strides;

    /// <summary>Creates the space; issues must be non-empty with distinct names, and the product must fit in 64 bits.</summary>
    public OutcomeSpace(IEnumerable<Issue> issues)
    {
        Issues = issues.ToImmutableArray();
        if (Issues.IsEmpty)
        {
            throw new ModelException("the outcome space has no issues: give at least one issue");
        }
        _issueIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Issues.Length; i++)
        {
            if (!_issueIndex.TryAdd(Issues[i].Name, i))
            {
                throw new ModelException($"issue '{Issues[i].Name}' is defined twice: issue names must be distinct");
            }
        }
        _strides = new long[Issues.Length];
        long count = 1;
        for (var i = Issues.Length - 1; i >= 0; i--)
        {
            _strides[i] = count;
            try
            {
                count = checked(count * Issues[i].ValueCount);
            }
            catch (OverflowException)
            {
                throw new ModelException("the outcome space has more than 2^63 outcomes: merge or coarsen issues");
            }
        }
        Count = count;
        Radices = Issues.Select(i => i.ValueCount).ToImmutableArray();
        Log10Count = Issues.Sum(i => Math.Log10(i.ValueCount));
    }

    /// <summary>The issues, in order.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The number of values of each issue.</summary>
    public ImmutableArray<int> Radices { get; }

    /// <summary>The number of outcomes (64-bit).</summary>
    public long Count { get; }

    /// <summary>log10 of <see cref="Count"/>, for messages about size.</summary>
    public double Log10Count { get; }

    /// <summary>Number of issues.</summary>
    public int IssueCount => Issues.Length;

    /// <summary>The position of an issue by name, or -1.</summary>
    public int IndexOf(string issueName) => _issueIndex.TryGetValue(issueName, out var i) ? i : -1;

    /// <summary>The position of an issue by name; throws a <see cref="ModelException"/> naming the known issues.</summary>
    public int RequireIssue(string issueName, string context)
    {
        var i = IndexOf(issueName);
        if (i < 0)
        {
            throw new ModelException($"{context} names issue '{issueName}', which the domain lacks: use one of {string.Join(", ", Issues.Select(x => $"'{x.Name}'"))}");
        }
        return i;
    }

    /// <summary>The stride of issue <paramref name="issue"/> in the mixed-radix index.</summary>
    public long Stride(int issue) => _strides[issue];

    /// <summary>Writes the value indices of outcome <paramref name="index"/> into <paramref name="digits"/>.</summary>
    public void Decode(long index, Span<int> digits)
    {
        if ((ulong)index >= (ulong)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        for (var i = Issues.Length - 1; i >= 0; i--)
        {
            var r = Radices[i];
            digits[i] = (int)(index % r);
            index /= r;
        }
    }

    /// <summary>The mixed-radix index of the outcome with the given value indices.</summary>
    public long Encode(ReadOnlySpan<int> digits)
    {
        long index = 0;
        for (var i = 0; i < Issues.Length; i++)
        {
            index = (index * Radices[i]) + digits[i];
        }
        return index;
    }

    /// <summary>The outcome at <paramref name="index"/>.</summary>
    public Outcome OutcomeAt(long index)
    {
        var digits = new int[Issues.Length];
        Decode(index, digits);
        return new Outcome(digits.ToImmutableArray());
    }

    /// <summary>Enumerates every outcome. Only for small spaces; analysis never calls this.</summary>
    public IEnumerable<Outcome> Materialise()
    {
        for (long i = 0; i < Count; i++)
        {
            yield return OutcomeAt(i);
        }
    }

    /// <summary>Builds an outcome from issue-name/value-text pairs; every issue must be given.</summary>
    public Outcome Parse(IReadOnlyDictionary<string, string> values, string context)
    {
        var digits = new int[Issues.Length];
        Array.Fill(digits, -1);
        foreach (var (name, text) in values)
        {
            var i = RequireIssue(name, context);
            digits[i] = Issues[i].ParseValue(text);
        }
        var missing = Enumerable.Range(0, Issues.Length).Where(i => digits[i] < 0).Select(i => $"'{Issues[i].Name}'").ToList();
        if (missing.Count > 0)
        {
            throw new ModelException($"{context} gives no value for {string.Join(", ", missing)}: give every issue a value or a default");
        }
        return new Outcome(digits.ToImmutableArray());
    }

    /// <summary>The text as one line, <c>issue = value; issue = value</c>, in issue order.</summary>
    public string DescribeLine(Outcome outcome) => string.Join("; ", Describe(outcome).Select(kv => $"{kv.Key} = {kv.Value}"));

    /// <summary>The outcome as issue name to value text, in issue order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Describe(Outcome outcome)
    {
        var list = new List<KeyValuePair<string, string>>(Issues.Length);
        for (var i = 0; i < Issues.Length; i++)
        {
            list.Add(new(Issues[i].Name, Issues[i].FormatValue(outcome.ValueIndices[i])));
        }
        return list;
    }
}
