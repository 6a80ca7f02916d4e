using System.Globalization;
using System.Net;
using Parley.Application.Results;

namespace Parley.Reports.Html;

/// <summary>
/// What the endings table alone does not say: who prevailed in the decisive endings, and how the runs
/// whose ceasefire collapsed ended afterwards (a run may collapse and then agree again).
/// </summary>
internal static class EndingDetails
{
    /// <summary>Notes under a hypothesis's endings table, or an empty string when there is nothing to add.</summary>
    public static string Html(HypothesisReport h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var notes = new List<string>();
        var decisive = h.Prevailing.Sum(p => p.Count);
        if (decisive > 0)
        {
            notes.Add("Decisive endings (military victory, capitulation, withdrawal, extermination or expulsion), by who prevailed: "
                + string.Join(", ", h.Prevailing.Select(p => $"{p.Ending} {Count(p.Count)} {Runs(p.Count)}")) + ".");
        }
        var collapsed = h.AfterCeasefireCollapse.Sum(e => e.Count);
        if (collapsed > 0)
        {
            notes.Add($"After a ceasefire collapsed ({Count(collapsed)} {Runs(collapsed)}), the war went on to: "
                + string.Join(", ", h.AfterCeasefireCollapse.OrderByDescending(e => e.Count).Select(e => $"{e.Ending} {Count(e.Count)}")) + ".");
        }
        return notes.Count == 0 ? "" : string.Concat(notes.Select(n => $"<p class=\"note\">{WebUtility.HtmlEncode(n)}</p>\n"));
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Runs(int n) => n == 1 ? "run" : "runs";
}
