using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>
/// A hard constraint: outcomes a party never accepts, whatever else they offer. Red lines are what
/// deal-killer diagnosis relaxes one at a time.
/// </summary>
public abstract record RedLine
{
    /// <summary>Creates a red line with a human description such as "no withdrawal beyond 1.1 km".</summary>
    protected RedLine(string description) => Description = description;

    /// <summary>How the scenario's author described the red line.</summary>
    public string Description { get; }

    /// <summary>True when the outcome crosses the red line (the party refuses it).</summary>
    public abstract bool IsViolatedBy(ReadOnlySpan<int> digits);
}

/// <summary>A red line on one issue: only the allowed values are acceptable. Keeps analysis on the fast additive path.</summary>
public sealed record IssueRedLine : RedLine
{
    /// <summary>Creates the red line. One that allows no value is legal: it empties the bargaining range, and diagnosis says so.</summary>
    public IssueRedLine(OutcomeSpace space, int issue, IEnumerable<int> allowedValues, string description) : base(description)
    {
        ArgumentNullException.ThrowIfNull(space);
        if ((uint)issue >= (uint)space.IssueCount)
        {
            throw new ModelException($"a red line refers to issue #{issue}, but the space has {space.IssueCount} issues");
        }
        var mask = new bool[space.Radices[issue]];
        foreach (var v in allowedValues)
        {
            if ((uint)v >= (uint)mask.Length)
            {
                throw new ModelException($"a red line on issue '{space.Issues[issue].Name}' names value #{v}, which does not exist");
            }
            mask[v] = true;
        }
        Issue = issue;
        Allowed = mask.ToImmutableArray();
    }

    private IssueRedLine(int issue, ImmutableArray<bool> allowed, string description) : base(description)
    {
        Issue = issue;
        Allowed = allowed;
    }

    /// <summary>The issue's position in the space.</summary>
    public int Issue { get; }

    /// <summary>For each value index, whether the party accepts it.</summary>
    public ImmutableArray<bool> Allowed { get; }

    /// <inheritdoc />
    public override bool IsViolatedBy(ReadOnlySpan<int> digits) => !Allowed[digits[Issue]];

    /// <summary>The same red line with value <paramref name="value"/> also allowed.</summary>
    public IssueRedLine Allowing(int value) => new(Issue, Allowed.SetItem(value, true), Description);

    /// <inheritdoc />
    public bool Equals(IssueRedLine? other) => other is not null && Issue == other.Issue && Description == other.Description && Allowed.SequenceEqual(other.Allowed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issue, Description);
}

/// <summary>
/// A cross-issue red line: the party refuses any outcome in which every condition holds, e.g.
/// "no permanent ceasefire while troops stay beyond the 700 m line". Forces enumeration.
/// </summary>
public sealed record CombinationRedLine : RedLine
{
    /// <summary>Creates the red line; needs at least one condition.</summary>
    public CombinationRedLine(IEnumerable<IssueCondition> conditions, string description) : base(description)
    {
        Conditions = conditions.ToImmutableArray();
        if (Conditions.IsEmpty)
        {
            throw new ModelException($"red line '{description}' has no conditions");
        }
    }

    /// <summary>All must hold for the outcome to be refused.</summary>
    public ImmutableArray<IssueCondition> Conditions { get; }

    /// <inheritdoc />
    public override bool IsViolatedBy(ReadOnlySpan<int> digits)
    {
        foreach (var c in Conditions)
        {
            if (!c.Holds(digits))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public bool Equals(CombinationRedLine? other) => other is not null && Description == other.Description && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Description, Conditions.Length);
}
