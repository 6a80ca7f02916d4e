using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>"Issue <see cref="Issue"/> takes one of these values": a building block of cross-issue red lines and interaction terms.</summary>
public sealed record IssueCondition
{
    /// <summary>Creates the condition; <paramref name="values"/> must be a non-empty set of value indices of the issue.</summary>
    public IssueCondition(OutcomeSpace space, int issue, IEnumerable<int> values)
    {
        ArgumentNullException.ThrowIfNull(space);
        if ((uint)issue >= (uint)space.IssueCount)
        {
            throw new ModelException($"a condition refers to issue #{issue}, but the space has {space.IssueCount} issues");
        }
        var mask = new bool[space.Radices[issue]];
        var any = false;
        foreach (var v in values)
        {
            if ((uint)v >= (uint)mask.Length)
            {
                throw new ModelException($"a condition on issue '{space.Issues[issue].Name}' names value #{v}, which does not exist");
            }
            mask[v] = true;
            any = true;
        }
        if (!any)
        {
            throw new ModelException($"a condition on issue '{space.Issues[issue].Name}' lists no values");
        }
        Issue = issue;
        Values = mask.ToImmutableArray();
    }

    /// <summary>The issue's position in the space.</summary>
    public int Issue { get; }

    /// <summary>For each value index, whether the condition holds.</summary>
    public ImmutableArray<bool> Values { get; }

    /// <summary>True when the outcome satisfies the condition.</summary>
    public bool Holds(ReadOnlySpan<int> digits) => Values[digits[Issue]];

    /// <inheritdoc />
    public bool Equals(IssueCondition? other) => other is not null && Issue == other.Issue && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issue, Values.Length);
}
