using System.Collections.Immutable;
using Parley.Analysis.DealKillers;

namespace Parley.Analysis;

/// <summary>
/// The answer to "is there a deal, and where": the Pareto frontier, the classic solution points,
/// the size of the bargaining range and, when it is empty or tiny, what kills it.
/// </summary>
public sealed record AnalysisResult
{
    /// <summary>Number of outcomes in the space (64-bit).</summary>
    public required long OutcomeCount { get; init; }

    /// <summary>Party names, in the order of every utility vector.</summary>
    public required ImmutableArray<string> Parties { get; init; }

    /// <summary>Each party's reservation value.</summary>
    public required ImmutableArray<double> ReservationValues { get; init; }

    /// <summary>The Pareto frontier of the outcomes no red line excludes, one point per utility vector, by decreasing utility of the first party.</summary>
    public required ImmutableArray<OutcomePoint> Pareto { get; init; }

    /// <summary>argmax of prod(u_i - r_i) over outcomes in the bargaining range, or null when the range is empty.</summary>
    public OutcomePoint? Nash { get; init; }

    /// <summary>The Kalai-Smorodinsky point, or null when the range is empty.</summary>
    public OutcomePoint? KalaiSmorodinsky { get; init; }

    /// <summary>argmax of the sum of utilities, or null when red lines exclude every outcome.</summary>
    public OutcomePoint? MaxWelfare { get; init; }

    /// <summary>argmax of min_i (u_i - r_i) over the range, or null when it is empty.</summary>
    public OutcomePoint? Egalitarian { get; init; }

    /// <summary>Number of outcomes every party weakly prefers to its reservation value and that cross no red line.</summary>
    public required long BargainingRangeCount { get; init; }

    /// <summary>
    /// The size of the range as certified bounds: exact (lower = upper = <see cref="BargainingRangeCount"/>)
    /// unless the space is too large to count exactly, when <see cref="BargainingRangeCount"/> is the lower bound.
    /// </summary>
    public Range.RangeCount BargainingRangeBounds
    {
        get => _bounds ?? Range.RangeCount.Exact(BargainingRangeCount);
        init => _bounds = value;
    }

    private readonly Range.RangeCount? _bounds;

    /// <summary>What empties (or all but empties) the range, with the smallest relaxation of each that reopens it.</summary>
    public required ImmutableArray<DealKiller> DealKillers { get; init; }

    /// <summary>How the result was computed.</summary>
    public required AnalysisMethod Method { get; init; }
}
