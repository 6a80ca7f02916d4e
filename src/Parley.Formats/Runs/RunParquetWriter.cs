using Parley.Domain.Endings;
using Parquet;
using Parquet.Schema;

using Parley.Simulation;

namespace Parley.Formats.Runs;

/// <summary>
/// Writes the per-run table (<see cref="RunTable"/>) as Parquet (Parquet.Net): typed columns (int32 run
/// and rounds, string ending and sides, nullable doubles for everything else), Snappy-compressed, in row
/// groups of up to a million runs.
/// </summary>
public static class RunParquetWriter
{
    private const int RowGroupSize = 1 << 20;

    /// <summary>Writes the table to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(Stream stream, MonteCarloResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        var columns = new RunParquetColumns(result.Columns);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema([.. columns.Fields]), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < result.Runs; start += RowGroupSize)
        {
            using var group = writer.CreateRowGroup();
            await columns.WriteAsync(group, result, start, Math.Min(RowGroupSize, result.Runs - start), cancellationToken).ConfigureAwait(false);
        }
    }
}
