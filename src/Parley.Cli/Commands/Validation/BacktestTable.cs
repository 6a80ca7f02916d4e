using System.Globalization;
using Parley.Application.Backtest;
using Parley.Domain.Endings;
using Spectre.Console;

namespace Parley.Cli.Commands.Validation;

/// <summary>The backtest as a table for a person: one row per case, then the summary.</summary>
internal static class BacktestTable
{
    public static void Write(IAnsiConsole console, BacktestResult result)
    {
        var table = new Table().Title("backtest: simulated days to first agreement and endings against history");
        foreach (var header in new[] { "case", "hypothesis", "runs", "observed", "median", "50% interval", "90% interval", "x2", "in 50%", "in 90%", "ending", "P(ending)", "Brier" })
        {
            table.AddColumn(new TableColumn(header));
        }
        foreach (var c in result.Cases)
        {
            var observedShare = c.EndingShares.First(kv => kv.Key == c.Observed.Ending).Value;
            table.AddRow(
                Markup.Escape(c.Scenario),
                Markup.Escape(c.Hypothesis),
                c.Runs.ToString("N0", CultureInfo.InvariantCulture),
                (c.Observed.Censored ? ">" : "") + Day(c.Observed.Days),
                Day(c.Time.Median, c.Time.HorizonDays),
                Interval(c.Time.Interval50, c.Time.HorizonDays),
                Interval(c.Time.Interval90, c.Time.HorizonDays),
                Check(c.WithinFactor2),
                Check(c.In50),
                Check(c.In90),
                EndingNames.Name(c.Observed.Ending),
                observedShare.ToString("P1", CultureInfo.InvariantCulture),
                c.Brier.ToString("0.000", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        var s = result.Summary;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{s.Cases} {(s.Cases == 1 ? "case" : "cases")}: within a factor of 2 {Share(s.WithinFactor2Share)}, 50% interval coverage {Share(s.Coverage50)}, 90% interval coverage {Share(s.Coverage90)}, mean Brier {s.MeanBrier:0.000}")));
        console.MarkupLine("[grey]n/a: the runs cannot decide the check (a quantile beyond the horizon, or history censored); shares count the decided cases[/]");
    }

    private static string Day(double days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Day(double? days, double horizon) => days is { } d ? Day(d) : ">" + Day(horizon);

    private static string Interval(TimeInterval interval, double horizon) => $"{Day(interval.Low, horizon)} - {Day(interval.High, horizon)}";

    private static string Check(bool? answer) => answer switch
    {
        true => "yes",
        false => "no",
        null => "n/a",
    };

    private static string Share(double? share) => share is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "n/a";
}
