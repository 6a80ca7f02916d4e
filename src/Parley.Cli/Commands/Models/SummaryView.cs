using Parley.Data.Statistics;
using System.Globalization;
using Parley.Simulation.Summaries;
using Spectre.Console;

namespace Parley.Cli.Commands.Models;

/// <summary>Renders a simulation summary as Spectre tables.</summary>
internal static class SummaryView
{
    public static void Write(SimulationSummary summary)
    {
        var runs = summary.Runs;
        var header = summary.IsComplete
            ? $"{summary.Model}: {runs:N0} runs, seed {summary.Seed}"
            : $"{summary.Model}: {runs:N0} of {summary.RequestedRuns:N0} runs (stopped early), seed {summary.Seed}";
        var endings = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(header)}[/]");
        endings.AddColumn("ending");
        endings.AddColumn(new TableColumn("runs").RightAligned());
        endings.AddColumn(new TableColumn("share").RightAligned());
        foreach (var ending in summary.Endings)
        {
            var share = runs > 0 ? (double)ending.Count / runs : double.NaN;
            endings.AddRow(Markup.Escape(ending.Name), ending.Count.ToString("N0", CultureInfo.InvariantCulture), double.IsNaN(share) ? "-" : share.ToString("P1", CultureInfo.InvariantCulture));
        }
        endings.AddRow("[grey]won by a / b[/]", $"[grey]{summary.Prevailing[0].Count:N0} / {summary.Prevailing[1].Count:N0}[/]", "");
        AnsiConsole.Write(endings);

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "quantity", "n", "mean", "q1", "median", "q3", "max" })
        {
            table.AddColumn(column == "quantity" ? new TableColumn(column) : new TableColumn(column).RightAligned());
        }
        AddRow(table, "days to agreement", summary.DaysToAgreement);
        AddRow(table, "days (all runs)", summary.Days);
        AddRow(table, "rounds of fighting", summary.Rounds);
        AddRow(table, "casualties a", summary.CasualtiesA);
        AddRow(table, "casualties b", summary.CasualtiesB);
        foreach (var term in summary.AgreedTerms)
        {
            AddRow(table, $"term: {term.Column.Description}", term.Distribution);
        }
        foreach (var value in summary.Values)
        {
            AddRow(table, value.Column.Name, value.Distribution);
        }
        AnsiConsole.Write(table);

        if (summary.Ceasefires > 0)
        {
            var holds = string.Join(", ", summary.CeasefireHolds.Select(p => $"{p.Time} days {p.Survival.ToString("P1", CultureInfo.InvariantCulture)}"));
            AnsiConsole.MarkupLine($"ceasefires: {summary.Ceasefires:N0}; still holding after {Markup.Escape(holds)}");
        }
        else
        {
            AnsiConsole.MarkupLine("[grey]no ceasefires in these runs (this model has none)[/]");
        }
    }

    private static void AddRow(Table table, string name, Distribution d) =>
        table.AddRow(
            Markup.Escape(name),
            d.Count.ToString("N0", CultureInfo.InvariantCulture),
            FactTable.Number(d.Mean),
            FactTable.Number(d.P25),
            FactTable.Number(d.Median),
            FactTable.Number(d.P75),
            FactTable.Number(d.Max));
}
