using System.ComponentModel;
using Parley.Data.Agreements;
using Parley.Data.Datasets.Pax;
using Parley.Data.Datasets.Ucdp;
using Spectre.Console;
using Spectre.Console.Cli;

using Parley.Cli.Infrastructure;

namespace Parley.Cli.Commands.Data;

/// <summary><c>parley data agreements</c>: what peace agreements contain (UCDP, PA-X) and the Israel/Palestine subset of PA-X.</summary>
public sealed class AgreementsCommand : Command<AgreementsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DataSettings
    {
        /// <summary>List only the Israel/Palestine subset.</summary>
        [CommandOption("--israel-palestine")]
        [Description("Only list the PA-X agreements concerning Israel or Palestine.")]
        public bool IsraelPalestine { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var directory = settings.Locate().Path;
        var pax = PaxReader.Read(directory).Rows;
        var listing = AgreementContent.IsraelPalestine(pax);
        if (settings.IsraelPalestine)
        {
            WriteListing(settings.OutputFormat, directory, listing);
            return 0;
        }
        var ucdp = UcdpPeaceAgreementReader.Read(directory).Rows;
        var ucdpShares = AgreementContent.Ucdp(ucdp, null, settings.Confidence);
        var paxShares = AgreementContent.Pax(pax, settings.Confidence);
        var stages = AgreementContent.PaxStages(pax, settings.Confidence);
        var types = AgreementContent.PaxTypes(pax, settings.Confidence);
        switch (settings.OutputFormat)
        {
            case OutputFormat.Json:
                DataOutput.Json(new
                {
                    DataDirectory = directory,
                    UcdpProvisions = ucdpShares,
                    PaxProvisions = paxShares,
                    PaxStages = stages,
                    PaxTypes = types,
                    IsraelPalestine = listing,
                });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(["dataset", "group", "column", "label", "verified", "count", "total", "share", "lower", "upper"],
                    ucdpShares.Concat(paxShares).SelectMany(g => g.Provisions.Select(p =>
                        (IReadOnlyList<object?>)[g.DatasetId, g.Group, p.Column, p.Label, p.Verified, p.Count, p.Total, p.Share, p.Lower, p.Upper])));
                break;
            default:
                WriteText(ucdpShares, paxShares, stages, types, listing);
                break;
        }
        return 0;
    }

    private static void WriteText(IReadOnlyList<ProvisionGroup> ucdp, IReadOnlyList<ProvisionGroup> pax, Parley.Data.BaseRates.EndingTable stages,
        Parley.Data.BaseRates.CategoryGroup types, IReadOnlyList<PaxListing> listing)
    {
        var console = DataOutput.TableConsole();
        foreach (var groups in new[] { ucdp, pax })
        {
            var table = new Table().Title(Markup.Escape($"{groups[0].DatasetId}: share of agreements with each provision")).AddColumn("provision");
            foreach (var g in groups)
            {
                table.AddColumn(Markup.Escape($"{g.Group} (n={g.Total})"));
            }
            for (var i = 0; i < groups[0].Provisions.Count; i++)
            {
                var p = groups[0].Provisions[i];
                var cells = new List<string> { Markup.Escape(DataOutput.Label(p.Label, p.Verified)) };
                cells.AddRange(groups.Select(g => $"{g.Provisions[i].Count} ({DataOutput.Percent(g.Provisions[i].Share)})"));
                table.AddRow(cells.ToArray());
            }
            console.Write(table);
        }
        EndingsCommand.WriteText([stages]);
        var typeTable = new Table().Title("pa-x: agreement types").AddColumns("type", "count", "share");
        foreach (var c in types.Categories)
        {
            typeTable.AddRow(Markup.Escape(DataOutput.Label(c.Label, c.Verified)), DataOutput.Format(c.Count), DataOutput.Percent(c.Share));
        }
        console.Write(typeTable);
        WriteListingTable(console, listing);
        console.WriteLine(DataOutput.UnverifiedNote);
    }

    private static void WriteListing(OutputFormat format, string directory, IReadOnlyList<PaxListing> listing)
    {
        switch (format)
        {
            case OutputFormat.Json:
                DataOutput.Json(new { DataDirectory = directory, IsraelPalestine = listing });
                break;
            case OutputFormat.Csv:
                DataOutput.Csv(["id", "date", "name", "country", "stage", "stageLabel", "agreementType", "status", "ceasefireGrade", "provisions"],
                    listing.Select(l => (IReadOnlyList<object?>)[l.Id, l.Date, l.Name, l.Country, l.Stage, l.StageLabel, l.AgreementType, l.Status,
                        l.CeasefireGrade, string.Join("; ", l.Provisions)]));
                break;
            default:
                var console = DataOutput.TableConsole();
                WriteListingTable(console, listing);
                console.WriteLine(DataOutput.UnverifiedNote);
                break;
        }
    }

    private static void WriteListingTable(IAnsiConsole console, IReadOnlyList<PaxListing> listing)
    {
        var table = new Table().Title(Markup.Escape($"pa-x: the {listing.Count} Israel/Palestine agreements")).AddColumns("date", "agreement", "con", "stage", "type", "ce");
        foreach (var l in listing)
        {
            table.AddRow(DataOutput.Format(l.Date), Markup.Escape(l.Name), Markup.Escape(l.Country), Markup.Escape(l.StageLabel), Markup.Escape(l.AgreementType),
                DataOutput.Format(l.CeasefireGrade));
        }
        console.Write(table);
    }
}
