using System.Globalization;
using Parley.Application.Results;
using Spectre.Console;
using Parley.Conflict.Scenarios;

namespace Parley.Reports.Terminal;

/// <summary>
/// The concise terminal summary of <c>parley run</c>: per hypothesis the bargaining range, the
/// deal-killers, the likeliest endings and ceasefire survival, then where the report is.
/// </summary>
public static class RunSummary
{
    /// <summary>How many endings to list per hypothesis.</summary>
    public const int EndingsShown = 3;

    /// <summary>Writes the summary to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, RunReport report, string reportPath)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportPath);
        var m = report.Metadata;
        console.MarkupLine($"[bold]{Markup.Escape(report.ScenarioTitle)}[/] [grey]({Markup.Escape(report.Belligerents.First)} and {Markup.Escape(report.Belligerents.Second)}; {N(m.Runs)} runs per hypothesis, seed {m.Seed.ToString(CultureInfo.InvariantCulture)}, {m.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)[/]");
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("Hypothesis").NoWrap());
        table.AddColumn(new TableColumn("Bargaining range"));
        table.AddColumn(new TableColumn("Deal-killers"));
        table.AddColumn(new TableColumn("Likeliest endings"));
        table.AddColumn(new TableColumn("Ceasefire holds 30/90/365 d"));
        foreach (var h in report.Hypotheses)
        {
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(h.Name)}[/]"),
                new Markup(Range(h)),
                new Markup(h.DealKillers.Count == 0 ? "[grey]none[/]" : string.Join("\n", h.DealKillers.Select(k => "- " + Markup.Escape(k)))),
                new Markup(Endings(h)),
                new Markup(h.CeasefireSurvival is { } s ? $"{P(s.At30Days)} / {P(s.At90Days)} / {P(s.At365Days)}" : "[grey]no ceasefire[/]"));
        }
        console.Write(table);
        console.MarkupLine($"Report: [bold]{Markup.Escape(reportPath)}[/]");
    }

    private static string Range(HypothesisReport h)
    {
        var range = h.RangeSize == 0 ? "[bold]empty[/]" : $"{N(h.RangeSize)} outcomes ({P(h.RangeShare)})";
        var deal = h.Agreement is { } a
            ? a.Run is { } run ? $"\n[grey]run {run}: agreed on day {a.Day:0}[/]" : $"\n[grey]agreed in round {a.Round}[/]"
            : "\n[grey]no agreement[/]";
        return range + deal;
    }

    private static string Endings(HypothesisReport h) => h.TotalRuns == 0
        ? "[grey]no runs[/]"
        : string.Join("\n", h.EndingsByFrequency.Take(EndingsShown).Where(e => e.Count > 0).Select(e => $"{Markup.Escape(e.Ending)} {P(h.ShareOf(e))}"));

    private static string N(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("0.#%", CultureInfo.InvariantCulture);
}
