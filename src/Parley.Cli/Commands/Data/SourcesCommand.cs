using Parley.Data;
using Parley.Data.Datasets;
using Parley.Formats;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Domain;

using Parley.Cli.Infrastructure;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data sources</c>: each dataset's producer, citation, version and download location.</summary>
public sealed class SourcesCommand : Command<DataSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        // The catalogue needs no files; when a data directory can be found, say which files are there.
        string? directory = null;
        try
        {
            directory = settings.Locate().Path;
        }
        catch (InputException) when (settings.Data is null)
        {
            directory = null;
        }
        var rows = DatasetCatalog.All.Select(d => new
        {
            d.Id,
            d.Title,
            d.Producer,
            d.Citation,
            d.Version,
            d.DownloadUrl,
            d.Folder,
            d.FileName,
            Encoding = d.Encoding.ToString().ToLowerInvariant(),
            d.Unit,
            d.Licence,
            Present = directory is not null && File.Exists(d.PathIn(directory)),
        }).ToArray();
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new { DataDirectory = directory, Datasets = rows });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(
                    ["id", "title", "producer", "citation", "version", "downloadUrl", "folder", "fileName", "encoding", "licence", "present"],
                    rows.Select(r => (IReadOnlyList<object?>)[r.Id, r.Title, r.Producer, r.Citation, r.Version, r.DownloadUrl, r.Folder, r.FileName, r.Encoding, r.Licence, r.Present]));
                break;
            default:
                var console = DataOutput.TableConsole();
                var table = new Table().AddColumns("id", "dataset", "producer", "version", "download", "present");
                foreach (var r in rows)
                {
                    table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Title), Markup.Escape(r.Producer), Markup.Escape(r.Version),
                        Markup.Escape(r.DownloadUrl), r.Present ? "yes" : "no");
                }
                console.Write(table);
                console.WriteLine($"data directory: {directory ?? $"none found (pass --data DIR or set {Infrastructure.DataDirectory.EnvironmentVariable})"}");
                console.WriteLine("cite:");
                foreach (var r in rows)
                {
                    console.WriteLine($"  {r.Id}: {r.Citation}");
                }
                break;
        }
        return 0;
    }
}
