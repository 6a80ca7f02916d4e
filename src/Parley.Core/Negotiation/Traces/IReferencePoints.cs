using System.Collections.Immutable;

namespace Parley.Negotiation.Traces;

/// <summary>
/// The points agreements are measured against, in utility space (one utility per party, in party
/// order): the Pareto frontier and the Nash bargaining point. Bargaining analysis supplies them;
/// <see cref="ReferencePoints"/> holds them as plain values.
/// </summary>
public interface IReferencePoints
{
    /// <summary>The utility vectors of the Pareto-optimal outcomes.</summary>
    IReadOnlyList<ImmutableArray<double>> ParetoFrontier { get; }

    /// <summary>The utility vector of the Nash point (empty when there is none: an empty bargaining range).</summary>
    ImmutableArray<double> NashPoint { get; }
}
