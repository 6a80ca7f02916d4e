using System.Globalization;
using System.Net;
using Parley.Application.Results;

namespace Parley.Reports.Html;

/// <summary>The notice at the top of a report whose run was stopped early (Ctrl-C): what it counts.</summary>
internal static class InterruptedNote
{
    /// <summary>The notice, or an empty string when the run finished.</summary>
    public static string Html(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Metadata.Interrupted)
        {
            return "";
        }
        var asked = report.Metadata.RequestedRuns > 0
            ? $" of the {report.Metadata.RequestedRuns.ToString("N0", CultureInfo.InvariantCulture)} asked for per hypothesis"
            : "";
        var counts = string.Join("; ", report.Hypotheses.Select(h => $"{h.Name}: {h.TotalRuns.ToString("N0", CultureInfo.InvariantCulture)}"));
        var text = $"This run was stopped before it finished (Ctrl-C). Every Monte Carlo figure counts only the runs that finished{asked}: {counts}. A hypothesis with 0 runs shows the bargaining analysis and the negotiation only.";
        return $"<p class=\"note interrupted\" role=\"status\"><b>Stopped early.</b> {WebUtility.HtmlEncode(text)}</p>\n";
    }
}
