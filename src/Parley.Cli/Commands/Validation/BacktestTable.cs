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
            var observedShare = c.Observed.Ending is { } ending ? c.EndingShares.First(kv => kv.Key == ending).Value : (double?)null;
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
                c.Observed.Ending is { } e ? EndingNames.Name(e) : "not known",
                observedShare?.ToString("P1", CultureInfo.InvariantCulture) ?? "n/a",
                c.Brier?.ToString("0.000", CultureInfo.InvariantCulture) ?? "n/a");
        }
        console.Write(table);
        foreach (var c in result.Cases)
        {
            if (c.Text is { } text)
            {
                var issues = string.Join("; ", text.Issues.Select(i => $"{i.Issue} = {i.Observed} {Percent(i.Share)}"));
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Scenario}: the observed text in the {text.Agreed:N0} runs that agreed: {issues}; all of it {Percent(text.Whole)}")));
            }
        }
        var s = result.Summary;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{s.Cases} {(s.Cases == 1 ? "case" : "cases")}: within a factor of 2 {Share(s.WithinFactor2Share)}, 50% interval coverage {Share(s.Coverage50)}, 90% interval coverage {Share(s.Coverage90)}, mean Brier {(s.MeanBrier is { } brier ? brier.ToString("0.000", CultureInfo.InvariantCulture) : "n/a (no case has a known ending)")}")));
        console.MarkupLine("[grey]n/a: the runs cannot decide the check (a quantile beyond the horizon, or history censored); shares count the decided cases[/]");
    }

    private static string Percent(double? share) => share?.ToString("P1", CultureInfo.InvariantCulture) ?? "n/a";

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
