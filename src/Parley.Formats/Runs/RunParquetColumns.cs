using Parley.Domain.Endings;
using Parquet;
using Parquet.Schema;
using Parley.Simulation;

namespace Parley.Formats.Runs;

/// <summary>
/// The per-run columns of a Parquet run table, in one place for every writer of one (<see cref="RunParquetWriter"/>,
/// the experiment store's export): int32 run and rounds, string ending and sides, doubles for days and
/// casualties, nullable doubles for the first agreement, the first ceasefire and the model's own values (NaN
/// written as null).
/// </summary>
public sealed class RunParquetColumns
{
    private readonly DataField<int> _run = new("run");
    private readonly DataField<string> _ending = new("ending", nullable: false);
    private readonly DataField<string> _prevailing = new("prevailing", nullable: true);
    private readonly DataField<int> _rounds = new("rounds");
    private readonly DataField<double> _days = new("days");
    private readonly DataField<double?> _agreement = new("daysToAgreement");
    private readonly DataField<double?> _ceasefire = new("ceasefireDays");
    private readonly DataField<string> _brokenBy = new("brokenBy", nullable: true);
    private readonly DataField<string> _followedBy = new("followedBy", nullable: true);
    private readonly DataField<double> _casualtiesA = new("casualtiesA");
    private readonly DataField<double> _casualtiesB = new("casualtiesB");
    private readonly DataField<double?>[] _values;

    /// <summary>The columns for a model whose run table has <paramref name="values"/> after the record's own.</summary>
    public RunParquetColumns(IReadOnlyList<RunValueColumn> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values.Select(c => new DataField<double?>(c.Name))];
    }

    /// <summary>The fields, in table order.</summary>
    public IEnumerable<DataField> Fields =>
        [_run, _ending, _prevailing, _rounds, _days, _agreement, _ceasefire, _brokenBy, _followedBy, _casualtiesA, _casualtiesB, .. _values];

    /// <summary>Writes runs <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 of <paramref name="result"/> into <paramref name="group"/>.</summary>
    public async Task WriteAsync(ParquetRowGroupWriter group, MonteCarloResult result, int start, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(result);
        var records = result.RecordMemory.Slice(start, count);
        await group.WriteAsync<int>(_run, Enumerable.Range(start, count).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(_ending, Strings(records, r => EndingNames.Name(r.Ending))).ConfigureAwait(false);
        await group.WriteAsync(_prevailing, Strings(records, r => EndingNames.Name(r.Prevailing))).ConfigureAwait(false);
        await group.WriteAsync(_rounds, Numbers(records, r => r.Rounds), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(_days, Numbers(records, r => r.Days), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(_agreement, Nullable(records, r => r.AgreementDay), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(_ceasefire, Nullable(records, r => r.CeasefireDays), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(_brokenBy, Strings(records, r => EndingNames.Name(r.BrokenBy))).ConfigureAwait(false);
        await group.WriteAsync(_followedBy, Strings(records, r => r.FollowedBy is { } f ? EndingNames.Name(f) : null)).ConfigureAwait(false);
        await group.WriteAsync(_casualtiesA, Numbers(records, r => r.CasualtiesA), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(_casualtiesB, Numbers(records, r => r.CasualtiesB), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var c = 0; c < _values.Length; c++)
        {
            var column = new double?[count];
            for (var i = 0; i < count; i++)
            {
                var v = result.ValuesOf(start + i)[c];
                column[i] = double.IsNaN(v) ? null : v;
            }
            await group.WriteAsync<double>(_values[c], column, cancellationToken: cancellationToken).ConfigureAwait(false);
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
