using System.Globalization;
using Parley.Analysis;
using Parley.Domain;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary>The hypotheses of a scenario side by side: range, deal-killers, Nash text.</summary>
public static class HypothesisComparison
{
    /// <summary>Writes one row per hypothesis.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<(string Name, AnalysisResult Result)> results, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        var table = new Table().Border(TableBorder.Rounded).Title("Hypotheses side by side");
        table.AddColumns("hypothesis", "bargaining range", "deal-killers", "Nash text");
        foreach (var (name, r) in results)
        {
            var range = r.BargainingRangeCount == 0
                ? "[red]empty[/]"
                : $"{r.BargainingRangeCount.ToString("N0", CultureInfo.InvariantCulture)} ({(double)r.BargainingRangeCount / r.OutcomeCount:P1})";
            var killers = r.DealKillers.IsEmpty ? "-" : Markup.Escape(string.Join("\n", r.DealKillers.Take(3).Select(k => k.Message)));
            var nash = r.Nash is null ? "-" : Markup.Escape(AnalysisText.Describe(space, r.Nash.Outcome));
            table.AddRow(Markup.Escape(name), range, killers, nash);
        }
        console.Write(table);
    }
}
