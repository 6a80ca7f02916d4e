using System.Globalization;
using Parley.Cli.Commands.Analysis;
using Parley.Runs;
using Spectre.Console;

namespace Parley.Cli.Commands.Run;

/// <summary>The terminal summary of <c>parley run</c>: per hypothesis, the range, deal-killers, likeliest endings and ceasefire survival.</summary>
public static class RunSummaryText
{
    /// <summary>Writes the summary.</summary>
    public static void Write(IAnsiConsole console, ScenarioRunResult run, string? reportPath)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        var scenario = run.Scenario;
        console.Write(new Rule($"[bold]{Markup.Escape(scenario.Title)}[/]").LeftJustified());
        var problem = scenario.ToProblem();
        console.MarkupLineInterpolated($"{scenario.Space.Count.ToString("N0", CultureInfo.InvariantCulture)} possible texts over {scenario.Space.IssueCount} issues; belligerents {string.Join(" and ", problem.PartyNames)}; {scenario.Sources.Length} sources");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("hypothesis", "bargaining range", "deal-killers", "Nash text", "likeliest endings", "ceasefire holds 30/90/365 d");
        foreach (var h in run.Hypotheses)
        {
            var a = h.Analysis;
            var range = a.BargainingRangeCount == 0
                ? "[red]empty[/]"
                : $"{a.BargainingRangeCount.ToString("N0", CultureInfo.InvariantCulture)} texts ({(double)a.BargainingRangeCount / a.OutcomeCount:P1})";
            var killers = a.DealKillers.IsEmpty ? "none" : Markup.Escape(string.Join("\n", a.DealKillers.Take(2).Select(k => k.Message)));
            var nash = a.Nash is null ? "-" : Markup.Escape(AnalysisText.Describe(h.Scenario.Space, a.Nash.Outcome));
            var endings = "-";
            var holds = "-";
            if (h.Summary is { } s)
            {
                endings = string.Join("\n", s.Endings.Where(e => e.Count > 0).OrderByDescending(e => e.Count).Take(3)
                    .Select(e => $"{e.Name} {(double)e.Count / s.Runs:P0}"));
                holds = s.Ceasefires == 0
                    ? "no ceasefire"
                    : string.Join(" / ", s.CeasefireHolds.Select(p => p.Probability is { } q ? q.ToString("P0", CultureInfo.InvariantCulture) : "-"));
            }
            table.AddRow(Markup.Escape(h.Name), range, killers, nash, Markup.Escape(endings), holds);
        }
        console.Write(table);
        var first = run.Hypotheses.FirstOrDefault(h => h.Model is not null);
        if (first?.Model is { } model)
        {
            console.MarkupLineInterpolated($"[grey]Monte Carlo: {run.Options.Runs:N0} runs per hypothesis, seed {run.Options.Seed}; ceasefire hazard: {model.War.Ceasefire.HazardSource}[/]");
        }
        if (reportPath is not null)
        {
            console.MarkupLineInterpolated($"Report: [link]{reportPath}[/]");
        }
        console.MarkupLineInterpolated($"[grey]{run.Elapsed.TotalSeconds:0.0} s[/]");
    }
}
