using System.Collections.Immutable;
using Parley.Conflict.Scenarios;
using Parley.Domain.Endings;

namespace Parley.Application.Backtest;

/// <summary>One scored case of a backtest: a scenario's Monte Carlo against what history did.</summary>
/// <param name="Scenario">The case's name (its file or folder).</param>
/// <param name="Hypothesis">The hypothesis simulated.</param>
/// <param name="Runs">Monte Carlo runs.</param>
/// <param name="Observed">What history did.</param>
/// <param name="Time">The simulated time to the first agreement.</param>
/// <param name="WithinFactor2">Whether the observed days lie within a factor of 2 of the simulated median (null: undecidable).</param>
/// <param name="In50">Whether they lie inside the 50% interval (null: undecidable).</param>
/// <param name="In90">Whether they lie inside the 90% interval (null: undecidable).</param>
/// <param name="Brier">The multi-class Brier score of the endings (null when the observed ending is not known).</param>
/// <param name="EndingShares">The share of runs ending each way, for every ending in summary order.</param>
public sealed record BacktestCase(
    string Scenario,
    string Hypothesis,
    int Runs,
    ObservedOutcome Observed,
    TimeToAgreement Time,
    bool? WithinFactor2,
    bool? In50,
    bool? In90,
    double? Brier,
    ImmutableArray<KeyValuePair<Ending, double>> EndingShares)
{
    /// <summary>How often the runs' agreed text matches the observed one (null without an observed text).</summary>
    public TextMatch? Text { get; init; }
}
