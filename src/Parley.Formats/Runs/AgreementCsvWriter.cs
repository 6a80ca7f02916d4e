using System.Text;
using Parley.Conflict.WarProcess;
using Parley.Domain.Endings;
using Parley.Formats.Csv;

namespace Parley.Formats.Runs;

/// <summary>
/// Writes the long table of agreements (<c>runs.agreements.csv</c>, beside the per-run table): one row per
/// agreement of every run, in run order then agreement order, with the columns of <see cref="AgreementTable.Columns"/>;
/// the same conventions as <see cref="RunCsvWriter"/>.
/// </summary>
public static class AgreementCsvWriter
{
    /// <summary>Writes the table to <paramref name="stream"/> as UTF-8 without a byte-order mark.</summary>
    public static void Write(Stream stream, IReadOnlyList<AgreementRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(writer);
        csv.WriteRow(AgreementTable.Columns);
        foreach (var a in rows)
        {
            using var row = csv.NewRow();
            row.Add(a.Run);
            row.Add(a.Number);
            row.Add(a.Day);
            row.Add(a.Text);
            row.Add(EndingNames.Name(a.AcceptedBy));
            row.Add(EndingNames.Name(a.BrokenBy));
            row.Add(a.BrokenDay);
            row.Add(a.Vetoes);
            row.Add(a.Events);
        }
    }
}
