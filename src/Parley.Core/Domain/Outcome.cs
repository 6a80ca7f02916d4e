using System.Collections.Immutable;

namespace Parley.Domain;

/// <summary>One agreement text: the index of the chosen value for each issue of a space.</summary>
public sealed record Outcome(ImmutableArray<int> ValueIndices)
{
    /// <summary>The value index for issue <paramref name="issue"/>.</summary>
    public int this[int issue] => ValueIndices[issue];

    /// <summary>A copy with issue <paramref name="issue"/> set to value <paramref name="value"/>.</summary>
    public Outcome With(int issue, int value) => new(ValueIndices.SetItem(issue, value));

    /// <inheritdoc />
    public bool Equals(Outcome? other) => other is not null && ValueIndices.AsSpan().SequenceEqual(other.ValueIndices.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var v in ValueIndices)
        {
            h.Add(v);
        }
        return h.ToHashCode();
    }
}
