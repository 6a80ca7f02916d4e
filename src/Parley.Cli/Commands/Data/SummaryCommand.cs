using Parley.Data.Datasets;
using Parley.Data.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

using Parley.Cli.Infrastructure;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data summary</c>: what each dataset holds, in a few figures.</summary>
public sealed class SummaryCommand : Command<DataSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var directory = settings.Locate();
        var data = ConflictData.Load(directory.Path);
        var summaries = DataSummaries.Of(data);
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new { DataDirectory = directory.Path, Datasets = summaries });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(["dataset", "item", "value", "verified"], summaries.SelectMany(Rows));
                break;
            default:
                var console = DataOutput.TableConsole();
                console.WriteLine($"data directory: {directory.Path}");
                foreach (var s in summaries)
                {
                    var table = new Table().Title(Markup.Escape($"{s.Id}: {s.Title} v{s.Version} ({s.FirstYear}-{s.LastYear})"))
                        .AddColumns("item", "value");
                    table.AddRow("rows", DataOutput.Format(s.Rows));
                    table.AddRow(Markup.Escape(s.UnitName), DataOutput.Format(s.Units));
                    foreach (var item in s.Items)
                    {
                        table.AddRow(Markup.Escape(DataOutput.Label(item.Name, item.Verified)), DataOutput.Format(item.Value));
                    }
                    console.Write(table);
                    foreach (var note in s.Notes)
                    {
                        console.WriteLine("  note: " + note);
                    }
                }
                console.WriteLine(DataOutput.UnverifiedNote);
                break;
        }
        return 0;
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(DatasetSummary s)
    {
        yield return [s.Id, "rows", s.Rows, true];
        yield return [s.Id, s.UnitName, s.Units, true];
        yield return [s.Id, "first year", s.FirstYear, true];
        yield return [s.Id, "last year", s.LastYear, true];
        foreach (var item in s.Items)
        {
            yield return [s.Id, item.Name, item.Value, item.Verified];
        }
    }
}
