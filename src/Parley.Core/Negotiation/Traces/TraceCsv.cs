// Hand-written on purpose: Parley.Core takes no packages and does no I/O, so it cannot use Sep, the
// CSV writer of every other project (Parley.Formats.Csv.CsvWriter). WriteRow below is the core's one
// CSV escaping function (RFC 4180: a field holding a comma, quote, CR or LF is quoted, inner quotes
// doubled; LF line ends), used by the trace and tournament tables; it writes exactly what CsvWriter writes.
using System.Globalization;
using System.Text;

namespace Parley.Negotiation.Traces;

/// <summary>
/// Writes a trace as CSV (RFC 4180 quoting): a header row, then one row per event with columns
/// round, party, action, one column per issue (the text's value), one utility column per party
/// (<c>u_&lt;party&gt;</c>), and amended_issue, amended_value, justification.
/// </summary>
public static class TraceCsv
{
    /// <summary>The trace as CSV text.</summary>
    public static string Write(NegotiationTrace trace)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(trace, writer);
        return writer.ToString();
    }

    /// <summary>Writes the trace to <paramref name="writer"/>.</summary>
    public static void Write(NegotiationTrace trace, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(writer);
        var header = new List<string> { "round", "party", "action" };
        header.AddRange(trace.Space.Issues.Select(i => i.Name));
        header.AddRange(trace.PartyNames.Select(p => "u_" + p));
        header.AddRange(["amended_issue", "amended_value", "justification"]);
        WriteRow(writer, header);
        var row = new List<string>(header.Count);
        foreach (var e in trace.Events)
        {
            row.Clear();
            row.Add(e.Round.ToString(CultureInfo.InvariantCulture));
            row.Add(e.Actor);
            row.Add(ActionName(e.Action));
            for (var i = 0; i < trace.Space.IssueCount; i++)
            {
                row.Add(e.Outcome is null ? "" : trace.Space.Issues[i].FormatValue(e.Outcome[i]));
            }
            for (var p = 0; p < trace.PartyNames.Length; p++)
            {
                row.Add(e.Utilities.IsEmpty ? "" : FormatNumber(e.Utilities[p]));
            }
            row.Add(e.Issue ?? "");
            row.Add(e.Value ?? "");
            row.Add(e.Justification ?? "");
            WriteRow(writer, row);
        }
    }

    /// <summary>The lower-case name of an action, as written in CSV and JSON.</summary>
    public static string ActionName(TraceAction action) => action switch
    {
        TraceAction.Offer => "offer",
        TraceAction.Accept => "accept",
        TraceAction.Reject => "reject",
        TraceAction.Walkout => "walkout",
        TraceAction.Text => "text",
        TraceAction.Amendment => "amendment",
        TraceAction.Revision => "revision",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Formats a number for CSV: invariant culture, 15 significant digits (so 0.1 x 6 prints as 0.6).</summary>
    public static string FormatNumber(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>Writes one CSV row, quoting fields that need it.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        var sb = new StringBuilder();
        foreach (var f in fields)
        {
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(f);
            }
        }
        writer.Write(sb.Append('\n').ToString());
    }
}
