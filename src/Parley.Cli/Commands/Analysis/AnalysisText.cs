using System.Globalization;
using Parley.Analysis;
using Parley.Domain;
using Spectre.Console;

namespace Parley.Cli.Commands.Analysis;

/// <summary>Renders an analysis for a person: summary, solution points, frontier, deal-killers.</summary>
public static class AnalysisText
{
    /// <summary>How many frontier points the text table shows.</summary>
    public const int FrontierRows = 15;

    /// <summary>Writes the analysis to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, AnalysisResult result, OutcomeSpace space, string domain)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(space);
        console.Write(new Rule($"[bold]{Markup.Escape(domain)}[/]").LeftJustified());
        var share = result.OutcomeCount == 0 ? 0 : (double)result.BargainingRangeCount / result.OutcomeCount;
        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("Outcomes", N(result.OutcomeCount) + $" ({space.IssueCount} issues)");
        summary.AddRow("Parties", Markup.Escape(string.Join(", ", result.Parties.Select((p, i) => $"{p} (reservation {F(result.ReservationValues[i])})"))));
        var bounds = result.BargainingRangeBounds;
        summary.AddRow("Bargaining range", bounds.Upper == 0
            ? "[red]empty: no text every party prefers to no agreement[/]"
            : bounds.IsExact
                ? $"[green]{N(result.BargainingRangeCount)} outcomes[/] ({share:P2} of the space)"
                : $"[green]between {N(bounds.Lower)} and {N(bounds.Upper)} outcomes[/] ({share:P2} to {(double)bounds.Upper / result.OutcomeCount:P2} of the space; certified bounds: too many texts to count exactly)");
        summary.AddRow("Pareto frontier", $"{result.Pareto.Length} points");
        summary.AddRow("Method", result.Method == AnalysisMethod.IssueByIssue ? "issue by issue (no enumeration)" : "enumeration");
        console.Write(summary);
        console.WriteLine();

        var points = new Table().Border(TableBorder.Rounded).Title("Solution points");
        points.AddColumn("point");
        foreach (var party in result.Parties)
        {
            points.AddColumn(new TableColumn(Markup.Escape(party)).RightAligned());
        }
        points.AddColumn("text");
        AddPoint(points, "Nash", result.Nash, space, result.Parties.Length);
        AddPoint(points, "Kalai-Smorodinsky", result.KalaiSmorodinsky, space, result.Parties.Length);
        AddPoint(points, "Max welfare", result.MaxWelfare, space, result.Parties.Length);
        AddPoint(points, "Egalitarian", result.Egalitarian, space, result.Parties.Length);
        console.Write(points);

        if (result.Pareto.Length > 0)
        {
            var frontier = new Table().Border(TableBorder.Simple).Title("Pareto frontier");
            foreach (var party in result.Parties)
            {
                frontier.AddColumn(new TableColumn(Markup.Escape(party)).RightAligned());
            }
            frontier.AddColumn("text");
            var step = Math.Max(1, (result.Pareto.Length + FrontierRows - 1) / FrontierRows);
            for (var i = 0; i < result.Pareto.Length; i += step)
            {
                var p = result.Pareto[i];
                frontier.AddRow([.. p.Utilities.Select(F), Markup.Escape(Describe(space, p.Outcome))]);
            }
            if (step > 1)
            {
                frontier.Caption($"every {step}th of {result.Pareto.Length} points; --format json lists all");
            }
            console.Write(frontier);
        }

        if (!result.DealKillers.IsEmpty)
        {
            console.MarkupLine(result.BargainingRangeCount == 0 ? "[bold red]Deal-killers[/]" : "[bold yellow]What keeps the range small[/]");
            foreach (var k in result.DealKillers)
            {
                console.MarkupLineInterpolated($"  - {k.Message}");
            }
        }
    }

    private static void AddPoint(Table table, string name, OutcomePoint? point, OutcomeSpace space, int parties)
    {
        if (point is null)
        {
            table.AddRow([name, .. Enumerable.Repeat("-", parties), "[grey]none: the bargaining range is empty[/]"]);
            return;
        }
        table.AddRow([name, .. point.Utilities.Select(F), Markup.Escape(Describe(space, point.Outcome))]);
    }

    /// <summary>"issue = value; ..." for an outcome.</summary>
    public static string Describe(OutcomeSpace space, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(space);
        return space.DescribeLine(outcome);
    }

    private static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(long x) => x.ToString("N0", CultureInfo.InvariantCulture);
}
