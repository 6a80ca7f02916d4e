using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Analysis;

/// <summary>An outcome with every party's utility for it, in party order.</summary>
public sealed record OutcomePoint(ImmutableArray<double> Utilities, Outcome Outcome)
{
    /// <inheritdoc />
    public bool Equals(OutcomePoint? other) =>
        other is not null && Outcome.Equals(other.Outcome) && Utilities.SequenceEqual(other.Utilities);

    /// <inheritdoc />
    public override int GetHashCode() => Outcome.GetHashCode();
}
