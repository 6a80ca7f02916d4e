using System.Text;
using Parley.Domain.Endings;
using Parley.Formats.Csv;
using Parley.Simulation;

namespace Parley.Formats.Runs;

/// <summary>
/// Writes the per-run table (<see cref="RunTable"/>) as CSV for R and pandas: a header row, then one
/// row per run in run order; LF line ends, invariant culture, numbers in shortest round-trip form,
/// missing values as empty cells. Equal results give equal bytes.
/// </summary>
public static class RunCsvWriter
{
    /// <summary>Writes the table to <paramref name="stream"/> as UTF-8 without a byte-order mark.</summary>
    public static void Write(Stream stream, MonteCarloResult result)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(writer, result);
    }

    /// <summary>Writes the table to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = new CsvWriter(writer);
        csv.WriteRow(RunTable.Columns(result));
        WriteRows(csv, result, []);
    }

    /// <summary>
    /// Writes the rows of <paramref name="result"/> to <paramref name="csv"/>, each starting with the
    /// cells of <paramref name="prefix"/> (a sweep point's parameters); the run column counts from
    /// the result's first run.
    /// </summary>
    public static void WriteRows(CsvWriter csv, MonteCarloResult result, IReadOnlyList<string> prefix)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(prefix);
        var records = result.RecordSpan;
        var first = result.Options.FirstRun;
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            using var row = csv.NewRow();
            foreach (var cell in prefix)
            {
                row.Add(cell);
            }
            row.Add(first + i);
            row.Add(EndingNames.Name(r.Ending));
            row.Add(EndingNames.Name(r.Prevailing));
            row.Add(r.Rounds);
            row.Add(r.Days);
            row.Add(r.AgreementDay);
            row.Add(r.CeasefireDays);
            row.Add(EndingNames.Name(r.BrokenBy));
            row.Add(r.FollowedBy is { } after ? EndingNames.Name(after) : "");
            row.Add(r.CasualtiesA);
            row.Add(r.CasualtiesB);
            foreach (var value in result.ValuesOf(i))
            {
                row.Add(value);
            }
        }
    }
}
