using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>
/// A cross-issue utility term (a GENIUS-style hyper-rectangle): when every condition holds, the
/// utility changes by <see cref="Value"/>. Makes the profile non-additive, so analysis enumerates.
/// </summary>
public sealed record InteractionTerm
{
    /// <summary>Creates the term; needs at least one condition and a finite value.</summary>
    public InteractionTerm(IEnumerable<IssueCondition> conditions, double value, string? description = null)
    {
        Conditions = conditions.ToImmutableArray();
        if (Conditions.IsEmpty)
        {
            throw new ModelException("an interaction term has no conditions");
        }
        if (!double.IsFinite(value))
        {
            throw new ModelException("an interaction term needs a finite value");
        }
        Value = value;
        Description = description;
    }

    /// <summary>All must hold for the term to apply.</summary>
    public ImmutableArray<IssueCondition> Conditions { get; }

    /// <summary>The utility added when it applies.</summary>
    public double Value { get; }

    /// <summary>Optional description.</summary>
    public string? Description { get; }

    /// <summary>True when every condition holds.</summary>
    public bool AppliesTo(ReadOnlySpan<int> digits)
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
    public bool Equals(InteractionTerm? other) => other is not null && Value == other.Value && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Conditions.Length);
}
