using Parley.Data.BaseRates;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Spectre.Console;
using Spectre.Console.Cli;

using Parley.Cli.Infrastructure;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data durations</c>: war duration distributions (COW wars in days, UCDP episodes in years).</summary>
public sealed class DurationsCommand : Command<DataSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var directory = settings.Locate().Path;
        var summaries = new List<DurationSummary>();
        summaries.AddRange(Durations.Cow(CowInterStateReader.Wars(CowInterStateReader.Read(directory).Rows)));
        summaries.AddRange(Durations.Cow(CowIntraStateReader.Wars(CowIntraStateReader.Read(directory).Rows)));
        summaries.AddRange(Durations.Ucdp(UcdpTerminationReader.Episodes(UcdpTerminationReader.Read(directory).Rows)));
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new { DataDirectory = directory, Durations = summaries });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(
                    ["dataset", "unit", "group", "count", "excluded", "mean", "min", "p10", "p25", "median", "p75", "p90", "max"],
                    summaries.Select(s => (IReadOnlyList<object?>)[s.DatasetId, s.Unit, s.Group, s.Distribution.Count, s.Excluded,
                        s.Distribution.Mean, s.Distribution.Min, s.Distribution.P10, s.Distribution.P25, s.Distribution.Median,
                        s.Distribution.P75, s.Distribution.P90, s.Distribution.Max]));
                break;
            default:
                var console = DataOutput.TableConsole();
                var table = new Table().Title("war durations")
                    .AddColumns("dataset", "unit", "group", "n", "excluded", "mean", "p10", "p25", "median", "p75", "p90", "max");
                foreach (var s in summaries)
                {
                    var d = s.Distribution;
                    table.AddRow(Markup.Escape(s.DatasetId), s.Unit, Markup.Escape(s.Group), DataOutput.Format(d.Count), DataOutput.Format(s.Excluded),
                        DataOutput.Format(d.Mean), DataOutput.Format(d.P10), DataOutput.Format(d.P25), DataOutput.Format(d.Median),
                        DataOutput.Format(d.P75), DataOutput.Format(d.P90), DataOutput.Format(d.Max));
                }
                console.Write(table);
                console.WriteLine(DataOutput.UnverifiedNote);
                break;
        }
        return 0;
    }
}
