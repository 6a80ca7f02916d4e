using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data ceasefires</c>: how long ETH/PRIO ceasefires held (Kaplan-Meier, log-rank, hazards).</summary>
public sealed class CeasefiresCommand : Command<CeasefiresCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DataSettings
    {
        /// <summary>Features to split by.</summary>
        [CommandOption("--by <FEATURES>")]
        [Description("Comma-separated coded features to split by, e.g. written,mediator_nego (see docs/data/ceasefires.md).")]
        public string? By { get; init; }

        /// <summary>Selection.</summary>
        [CommandOption("--filter <FILTER>")]
        [Description("Select ceasefires first, e.g. written=1|2,mediator_nego=1 or year>=2000.")]
        public string? Filter { get; init; }

        /// <summary>Event definition.</summary>
        [CommandOption("--event <EVENT>")]
        [Description("What ends a ceasefire: breakdown (default) or any-end.")]
        [DefaultValue("breakdown")]
        public string Event { get; init; } = "breakdown";

        /// <summary>Days at which to report the share still holding.</summary>
        [CommandOption("--days <DAYS>")]
        [Description("Comma-separated days for the share still holding.")]
        [DefaultValue("30,90,365")]
        public string Days { get; init; } = "30,90,365";

        /// <summary>Output the survival curves instead of the summary (csv) or as well (json).</summary>
        [CommandOption("--curve")]
        [Description("Output the Kaplan-Meier curves (csv: the curve table; json: added; text: added).")]
        public bool Curve { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var ev = settings.Event.Trim().ToLowerInvariant() switch
        {
            "breakdown" => CeasefireEvent.Breakdown,
            "any-end" or "any" => CeasefireEvent.AnyEnd,
            _ => throw new CliException($"--event '{settings.Event}' is unknown: use breakdown or any-end"),
        };
        var days = settings.Days.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new CliException($"--days '{d}' is not a whole number of days: write e.g. 30,90,365")).ToArray();
        var by = (settings.By ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var filter = CeasefireFilter.Parse(settings.Filter);
        var directory = settings.Locate().Path;
        var ceasefires = CeasefireAggregation.Aggregate(EthPrioReader.Read(directory).Rows);
        var report = CeasefireSurvival.Analyse(ceasefires, filter, by, ev, days, settings.Confidence);
        var curves = settings.Curve ? CeasefireSurvival.Curves(ceasefires, filter, by, ev, settings.Confidence) : null;
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new
                {
                    DataDirectory = directory,
                    Report = report,
                    Curves = curves?.Select(c => new { c.Split, c.Group, c.Label, c.Verified, Steps = c.Curve.Steps }),
                });
                break;
            case OutputFormat.Csv when curves is not null:
                DataOutput.Csv(["split", "group", "label", "verified", "time", "atRisk", "events", "censored", "survival", "standardError", "lower", "upper"],
                    curves.SelectMany(c => c.Curve.Steps.Select(s =>
                        (IReadOnlyList<object?>)[c.Split, c.Group, c.Label, c.Verified, s.Time, s.AtRisk, s.Events, s.Censored, s.Survival, s.StandardError, s.Lower, s.Upper])));
                break;
            case OutputFormat.Csv:
                WriteCsv(report, days);
                break;
            default:
                WriteText(report, curves);
                break;
        }
        return 0;
    }

    private static IEnumerable<(string Split, CeasefireGroupSummary Group, LogRankResult? Test)> Rows(CeasefireSurvivalReport report)
    {
        yield return ("all", report.Overall, null);
        foreach (var split in report.Splits)
        {
            foreach (var group in split.Groups)
            {
                yield return (split.Feature, group, split.Test);
            }
        }
    }

    private static void WriteCsv(CeasefireSurvivalReport report, int[] days)
    {
        var header = new List<string> { "filter", "event", "split", "group", "label", "verified", "count", "events", "censored", "exposureDays", "medianDays" };
        foreach (var d in days)
        {
            header.AddRange([$"holding{d}", $"holding{d}Lower", $"holding{d}Upper", $"atRisk{d}"]);
        }
        header.AddRange(["hazardPerDay", "hazardLower", "hazardUpper", "logRankChiSquare", "logRankDf", "logRankP"]);
        DataOutput.Csv(header, Rows(report).Select(r =>
        {
            var g = r.Group;
            var row = new List<object?> { report.Filter, report.Event == CeasefireEvent.Breakdown ? "breakdown" : "any-end", r.Split, g.Group, g.Label, g.Verified,
                g.Count, g.Events, g.Censored, g.ExposureDays, g.MedianDays };
            foreach (var h in g.Holding)
            {
                row.AddRange([h.Share, h.Lower, h.Upper, h.AtRisk]);
            }
            row.AddRange([g.HazardPerDay.Estimate, g.HazardPerDay.Lower, g.HazardPerDay.Upper, r.Test?.ChiSquare, r.Test?.DegreesOfFreedom, r.Test?.PValue]);
            return (IReadOnlyList<object?>)row;
        }));
    }

    private static void WriteText(CeasefireSurvivalReport report, IReadOnlyList<CurveGroup>? curves)
    {
        var console = DataOutput.TableConsole();
        var conf = DataOutput.Percent(report.Confidence);
        console.WriteLine($"ETH/PRIO ceasefires, filter {report.Filter}, event {(report.Event == CeasefireEvent.Breakdown ? "breakdown (ended = 2)" : "any dated end")}: " +
                          $"{report.Selected} selected, {report.Overall.Count} usable (unverified code readings)");
        foreach (var (reason, count) in report.Excluded)
        {
            console.WriteLine($"  left out: {count} {reason}");
        }
        var table = new Table().Title(Markup.Escape($"share still holding ({conf} CI) and constant hazard")).AddColumns("split", "group", "n", "events");
        foreach (var h in report.Overall.Holding)
        {
            table.AddColumn($"{h.Days} days");
        }
        table.AddColumns("median days", "hazard/day", "log-rank");
        foreach (var (split, g, test) in Rows(report))
        {
            var cells = new List<string> { Markup.Escape(split), Markup.Escape(DataOutput.Label(g.Label, g.Verified)), DataOutput.Format(g.Count), DataOutput.Format(g.Events) };
            cells.AddRange(g.Holding.Select(h => $"{DataOutput.Percent(h.Share)} ({DataOutput.PercentRange(h.Lower, h.Upper)})"));
            cells.Add(g.MedianDays is { } m ? DataOutput.Format(m) : "-");
            cells.Add($"{g.HazardPerDay.Estimate:G3} ({g.HazardPerDay.Lower:G3}-{g.HazardPerDay.Upper:G3})");
            cells.Add(test is null ? "" : string.Create(CultureInfo.InvariantCulture, $"chi2={test.ChiSquare:F2}, df={test.DegreesOfFreedom}, p={test.PValue:G3}"));
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        if (curves is not null)
        {
            foreach (var c in curves)
            {
                var curve = new Table().Title(Markup.Escape($"Kaplan-Meier: {c.Split} = {DataOutput.Label(c.Label, c.Verified)}"))
                    .AddColumns("day", "at risk", "events", "censored", "holding", "lower", "upper");
                foreach (var s in c.Curve.Steps.Where(s => s.Events > 0))
                {
                    curve.AddRow(DataOutput.Format(s.Time), DataOutput.Format(s.AtRisk), DataOutput.Format(s.Events), DataOutput.Format(s.Censored),
                        DataOutput.Percent(s.Survival), DataOutput.Percent(s.Lower), DataOutput.Percent(s.Upper));
                }
                console.Write(curve);
            }
        }
        console.WriteLine(DataOutput.UnverifiedNote);
    }
}
