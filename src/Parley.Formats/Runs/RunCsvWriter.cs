using System.Globalization;
using System.Text;
using Parley.Domain.Endings;

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
        writer.Write(string.Join(',', RunTable.Columns(result)));
        writer.Write('\n');
        Span<char> buffer = stackalloc char[64];
        var records = result.RecordSpan;
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            WriteInteger(writer, buffer, i);
            writer.Write(',');
            writer.Write(EndingNames.Name(r.Ending));
            writer.Write(',');
            writer.Write(EndingNames.Name(r.Prevailing));
            writer.Write(',');
            WriteInteger(writer, buffer, r.Rounds);
            writer.Write(',');
            WriteNumber(writer, buffer, r.Days);
            writer.Write(',');
            WriteNumber(writer, buffer, r.AgreementDay);
            writer.Write(',');
            WriteNumber(writer, buffer, r.CeasefireDays);
            writer.Write(',');
            writer.Write(EndingNames.Name(r.BrokenBy));
            writer.Write(',');
            if (r.FollowedBy is { } after)
            {
                writer.Write(EndingNames.Name(after));
            }
            writer.Write(',');
            WriteNumber(writer, buffer, r.CasualtiesA);
            writer.Write(',');
            WriteNumber(writer, buffer, r.CasualtiesB);
            foreach (var value in result.ValuesOf(i))
            {
                writer.Write(',');
                WriteNumber(writer, buffer, value);
            }
            writer.Write('\n');
        }
    }

    private static void WriteInteger(TextWriter writer, Span<char> buffer, int value)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteNumber(TextWriter writer, Span<char> buffer, double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
