namespace Parley.Application.Backtest;

/// <summary>
/// A backtest across its cases. Each share is taken over the cases whose check could be decided
/// (see <see cref="BacktestScoring"/>); it is null when no case could.
/// </summary>
/// <param name="Cases">Number of cases.</param>
/// <param name="WithinFactor2Share">Share of cases whose observed days lie within a factor of 2 of the simulated median.</param>
/// <param name="Coverage50">Share of cases whose observed days lie inside the simulated 50% interval (0.5 when calibrated).</param>
/// <param name="Coverage90">Share inside the 90% interval (0.9 when calibrated).</param>
/// <param name="MeanBrier">The mean Brier score of the endings over the cases whose ending is known (null: none is).</param>
public sealed record BacktestSummary(int Cases, double? WithinFactor2Share, double? Coverage50, double? Coverage90, double? MeanBrier)
{
    /// <summary>Summarises <paramref name="cases"/> (at least one).</summary>
    public static BacktestSummary Of(IReadOnlyList<BacktestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (cases.Count == 0)
        {
            throw new Domain.ModelException("a backtest needs at least one case");
        }
        return new BacktestSummary(
            cases.Count,
            Share(cases.Select(c => c.WithinFactor2)),
            Share(cases.Select(c => c.In50)),
            Share(cases.Select(c => c.In90)),
            cases.Any(c => c.Brier is not null) ? cases.Where(c => c.Brier is not null).Average(c => c.Brier!.Value) : null);
    }

    /// <summary>The share of true among the decided (non-null) answers, or null when none is decided.</summary>
    public static double? Share(IEnumerable<bool?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var decided = answers.Where(a => a is not null).Select(a => a!.Value).ToList();
        return decided.Count == 0 ? null : decided.Count(a => a) / (double)decided.Count;
    }
}
