namespace Parley.Analysis;

/// <summary>Knobs for <see cref="BargainingAnalysis"/>. The defaults suit interactive use.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The most outcomes Parley enumerates when a profile has cross-issue terms (default 10^8).</summary>
    public long MaxEnumeratedOutcomes { get; init; } = 100_000_000;

    /// <summary>Enumerate even when every profile is additive (for cross-checks and benchmarks).</summary>
    public bool ForceEnumeration { get; init; }

    /// <summary>A bargaining range holding at most this share of the outcomes counts as tiny and is diagnosed (default 0.1%).</summary>
    public double TinyRangeShare { get; init; } = 0.001;

    /// <summary>Run deal-killer diagnosis when the range is empty or tiny (default true).</summary>
    public bool DiagnoseDealKillers { get; init; } = true;

    /// <summary>
    /// Slack in "weakly prefers": an outcome is in a party's range when u &gt;= r - tolerance, so that
    /// sums computed in different orders agree at the boundary (default 1e-12).
    /// </summary>
    public double RangeTolerance { get; init; } = 1e-12;

    /// <summary>Utility vectors closer than this in every coordinate are one Pareto point (default 1e-9).</summary>
    public double PointTolerance { get; init; } = 1e-9;

    /// <summary>
    /// Called now and then while outcomes are enumerated, with the outcomes visited so far and the
    /// total to visit (enumeration can take minutes on 10^9 outcomes); null: no reports.
    /// </summary>
    public Action<long, long>? EnumerationProgress { get; init; }

    /// <summary>Stops an enumeration early (it then throws <see cref="OperationCanceledException"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The default options.</summary>
    public static AnalysisOptions Default { get; } = new();
}
