using Parley.Conflict.WarProcess;
using Parley.Domain.Endings;
using Parquet;
using Parquet.Schema;

namespace Parley.Formats.Runs;

/// <summary>Writes the long table of agreements (<see cref="AgreementTable.Columns"/>) as Parquet, one row group.</summary>
public static class AgreementParquetWriter
{
    /// <summary>Writes the table to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<AgreementRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        var names = AgreementTable.Columns;
        var run = new DataField<int>(names[0]);
        var number = new DataField<int>(names[1]);
        var day = new DataField<double>(names[2]);
        var text = new DataField<string>(names[3], nullable: false);
        var acceptedBy = new DataField<string>(names[4], nullable: true);
        var brokenBy = new DataField<string>(names[5], nullable: true);
        var brokenDay = new DataField<double?>(names[6]);
        var vetoes = new DataField<int>(names[7]);
        var events = new DataField<string>(names[8], nullable: false);
        var schema = new ParquetSchema(run, number, day, text, acceptedBy, brokenBy, brokenDay, vetoes, events);

        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(run, rows.Select(r => r.Run).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(number, rows.Select(r => r.Number).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(day, rows.Select(r => r.Day).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(text, rows.Select(r => r.Text).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(acceptedBy, rows.Select(r => EndingNames.Name(r.AcceptedBy)!).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(brokenBy, rows.Select(r => EndingNames.Name(r.BrokenBy)!).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(brokenDay, rows.Select(r => double.IsNaN(r.BrokenDay) ? (double?)null : r.BrokenDay).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(vetoes, rows.Select(r => r.Vetoes).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(events, rows.Select(r => r.Events).ToArray()).ConfigureAwait(false);
    }
}
