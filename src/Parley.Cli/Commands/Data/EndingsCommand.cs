using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Data.BaseRates;
using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data endings</c>: base rates of war endings by war type and era.</summary>
public sealed class EndingsCommand : Command<EndingsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DataSettings
    {
        /// <summary>Which datasets.</summary>
        [CommandOption("--dataset <ID>")]
        [Description("cow-inter, cow-intra, ucdp-term, or all (comma-separated).")]
        [DefaultValue("all")]
        public string Dataset { get; init; } = "all";

        /// <summary>Which splits.</summary>
        [CommandOption("--by <SPLITS>")]
        [Description("Comma-separated splits: all, type, era, type+era.")]
        [DefaultValue("all,type,era")]
        public string By { get; init; } = "all,type,era";
    }

    private static readonly string[] Sources = ["cow-inter", "cow-intra", "ucdp-term"];

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var datasets = ParseDatasets(settings.Dataset);
        var splits = ParseSplits(settings.By);
        var directory = settings.Locate().Path;
        var tables = new List<EndingTable>();
        foreach (var id in datasets)
        {
            foreach (var split in splits)
            {
                tables.Add(id switch
                {
                    "cow-inter" => EndingBaseRates.Cow(CowInterStateReader.Wars(CowInterStateReader.Read(directory).Rows), split, settings.Confidence),
                    "cow-intra" => EndingBaseRates.Cow(CowIntraStateReader.Wars(CowIntraStateReader.Read(directory).Rows), split, settings.Confidence),
                    _ => EndingBaseRates.Ucdp(UcdpTerminationReader.Endings(UcdpTerminationReader.Read(directory).Rows), split, settings.Confidence),
                });
            }
        }
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new { DataDirectory = directory, Tables = tables });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(
                    ["dataset", "unit", "groupBy", "group", "total", "category", "label", "verified", "count", "share", "lower", "upper"],
                    tables.SelectMany(t => t.Groups.SelectMany(g => g.Categories.Select(c =>
                        (IReadOnlyList<object?>)[t.DatasetId, t.Unit, t.GroupBy, g.Name, g.Total, c.Category, c.Label, c.Verified, c.Count, c.Share, c.Lower, c.Upper]))));
                break;
            default:
                WriteText(tables);
                break;
        }
        return 0;
    }

    internal static void WriteText(IEnumerable<EndingTable> tables)
    {
        var console = DataOutput.TableConsole();
        foreach (var t in tables)
        {
            var conf = DataOutput.Percent(t.Confidence);
            var table = new Table().Title(Markup.Escape($"{t.DatasetId}: {t.Unit} by {t.GroupBy} (share, {conf} CI)"))
                .AddColumn("group").AddColumn("n");
            var categories = t.Groups[0].Categories;
            foreach (var c in categories)
            {
                table.AddColumn(Markup.Escape(DataOutput.Label(c.Label, c.Verified)));
            }
            foreach (var g in t.Groups)
            {
                var cells = new List<string> { Markup.Escape(g.Name), DataOutput.Format(g.Total) };
                cells.AddRange(g.Categories.Select(c => $"{c.Count} ({DataOutput.Percent(c.Share)}, {DataOutput.PercentRange(c.Lower, c.Upper)})"));
                table.AddRow(cells.ToArray());
            }
            console.Write(table);
        }
        console.WriteLine(DataOutput.UnverifiedNote);
    }

    private static IReadOnlyList<string> ParseDatasets(string text)
    {
        var ids = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant()).ToList();
        if (ids.Contains("all"))
        {
            return Sources;
        }
        foreach (var id in ids)
        {
            if (!Sources.Contains(id))
            {
                throw new CliException($"--dataset '{id}' has no war endings: use {string.Join(", ", Sources)} or all");
            }
        }
        return ids.Count == 0 ? Sources : ids.Distinct().ToArray();
    }

    private static IReadOnlyList<EndingSplit> ParseSplits(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant() switch
        {
            "all" or "none" => EndingSplit.None,
            "type" => EndingSplit.Type,
            "era" => EndingSplit.Era,
            "type+era" or "era+type" => EndingSplit.Type | EndingSplit.Era,
            _ => throw new CliException($"--by '{s}' is not a split: use all, type, era or type+era"),
        }).Distinct().ToArray();
}
