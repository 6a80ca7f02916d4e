using Parley.Simulation;

namespace Parley.Formats.Runs;

/// <summary>
/// The per-run table shared by the CSV and Parquet exports: one row per run, the fixed columns below
/// followed by the model's value columns. Missing values (no agreement, no ceasefire, no winner) are
/// empty cells in CSV and nulls in Parquet.
/// </summary>
public static class RunTable
{
    /// <summary>The fixed columns, in order.</summary>
    public static IReadOnlyList<string> FixedColumns { get; } =
    [
        "run",
        "ending",
        "prevailing",
        "rounds",
        "days",
        "daysToAgreement",
        "ceasefireDays",
        "brokenBy",
        "followedBy",
        "casualtiesA",
        "casualtiesB",
    ];

    /// <summary>Every column name of <paramref name="result"/>'s table.</summary>
    public static IReadOnlyList<string> Columns(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. FixedColumns, .. result.Columns.Select(c => c.Name)];
    }
}
