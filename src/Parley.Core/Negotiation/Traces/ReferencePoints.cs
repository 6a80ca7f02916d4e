using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Traces;

/// <summary>Reference points given as values.</summary>
internal sealed record ReferencePoints : IReferencePoints
{
    /// <summary>Creates the points; every vector must have the same, non-zero length and finite entries.</summary>
    public ReferencePoints(IEnumerable<IEnumerable<double>> paretoFrontier, IEnumerable<double>? nashPoint)
    {
        ArgumentNullException.ThrowIfNull(paretoFrontier);
        ParetoFrontier = paretoFrontier.Select(p => p.ToImmutableArray()).ToImmutableArray();
        NashPoint = (nashPoint ?? []).ToImmutableArray();
        var dims = ParetoFrontier.Select(p => p.Length).Concat(NashPoint.IsEmpty ? [] : [NashPoint.Length]).Distinct().ToList();
        if (dims.Count > 1 || dims.Contains(0))
        {
            throw new ModelException("reference points have utility vectors of different lengths: give one utility per party in each");
        }
        if (ParetoFrontier.Any(p => p.Any(u => !double.IsFinite(u))) || NashPoint.Any(u => !double.IsFinite(u)))
        {
            throw new ModelException("a reference point has a non-finite utility");
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ImmutableArray<double>> ParetoFrontier { get; }

    /// <inheritdoc />
    public ImmutableArray<double> NashPoint { get; }
}
