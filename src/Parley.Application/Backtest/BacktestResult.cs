using System.Collections.Immutable;

namespace Parley.Application.Backtest;

/// <summary>A whole backtest: every case in the order given, and the summary across them.</summary>
/// <param name="Cases">The scored cases.</param>
/// <param name="Summary">Across the cases.</param>
public sealed record BacktestResult(ImmutableArray<BacktestCase> Cases, BacktestSummary Summary);
