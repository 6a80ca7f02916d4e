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
        var run = new DataField<int>("run");
        var ending = new DataField<string>("ending", nullable: false);
        var prevailing = new DataField<string>("prevailing", nullable: true);
        var rounds = new DataField<int>("rounds");
        var days = new DataField<double>("days");
        var agreement = new DataField<double?>("daysToAgreement");
        var ceasefire = new DataField<double?>("ceasefireDays");
        var brokenBy = new DataField<string>("brokenBy", nullable: true);
        var followedBy = new DataField<string>("followedBy", nullable: true);
        var casualtiesA = new DataField<double>("casualtiesA");
        var casualtiesB = new DataField<double>("casualtiesB");
        var valueFields = result.Columns.Select(c => new DataField<double?>(c.Name)).ToArray();
        var schema = new ParquetSchema(
            [run, ending, prevailing, rounds, days, agreement, ceasefire, brokenBy, followedBy, casualtiesA, casualtiesB, .. valueFields]);

        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < result.Runs; start += RowGroupSize)
        {
            var count = Math.Min(RowGroupSize, result.Runs - start);
            var records = result.RecordMemory.Slice(start, count);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(run, Enumerable.Range(start, count).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ending, Strings(records, r => EndingNames.Name(r.Ending))).ConfigureAwait(false);
            await group.WriteAsync(prevailing, Strings(records, r => EndingNames.Name(r.Prevailing))).ConfigureAwait(false);
            await group.WriteAsync(rounds, Numbers(records, r => r.Rounds), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(days, Numbers(records, r => r.Days), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(agreement, Nullable(records, r => r.AgreementDay), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(ceasefire, Nullable(records, r => r.CeasefireDays), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(brokenBy, Strings(records, r => EndingNames.Name(r.BrokenBy))).ConfigureAwait(false);
            await group.WriteAsync(followedBy, Strings(records, r => r.FollowedBy is { } f ? EndingNames.Name(f) : null)).ConfigureAwait(false);
            await group.WriteAsync(casualtiesA, Numbers(records, r => r.CasualtiesA), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(casualtiesB, Numbers(records, r => r.CasualtiesB), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < valueFields.Length; c++)
            {
                var column = new double?[count];
                for (var i = 0; i < count; i++)
                {
                    var v = result.ValuesOf(start + i)[c];
                    column[i] = double.IsNaN(v) ? null : v;
                }
                await group.WriteAsync<double>(valueFields[c], column, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Parquet.Net takes string columns as IReadOnlyCollection<string>; null entries are written as nulls.
    private static string[] Strings(ReadOnlyMemory<RunRecord> records, Func<RunRecord, string?> select)
    {
        var span = records.Span;
        var result = new string[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            result[i] = select(span[i])!;
        }
        return result;
    }

    private static ReadOnlyMemory<T> Numbers<T>(ReadOnlyMemory<RunRecord> records, Func<RunRecord, T> select)
    {
        var span = records.Span;
        var result = new T[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            result[i] = select(span[i]);
        }
        return result;
    }

    private static ReadOnlyMemory<double?> Nullable(ReadOnlyMemory<RunRecord> records, Func<RunRecord, double> select)
    {
        var span = records.Span;
        var result = new double?[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            var v = select(span[i]);
            result[i] = double.IsNaN(v) ? null : v;
        }
        return result;
    }
}
