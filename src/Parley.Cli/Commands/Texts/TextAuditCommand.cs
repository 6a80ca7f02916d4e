using System.ComponentModel;
using System.Globalization;
using Parley.Application;
using Parley.Cli.Infrastructure;
using Parley.Conflict.Texts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary><c>parley text audit</c>.</summary>
public sealed class TextAuditCommand : Command<TextAuditCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : TextSettings
    {
        /// <summary>The conflict datasets folder.</summary>
        [CommandOption("--data <DIR>")]
        [Description("the conflict datasets folder (default: PARLEY_DATA, else shared/datasets above the working directory); without it the scenario's stated fallback curve is used")]
        public string? Data { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.ParsedFormat(TextFormat.Text, TextFormat.Json);
        var (_, scenario) = settings.Load();
        var text = TextSettings.Pick(scenario, settings.Text);
        var datasets = DataFolders.Datasets(settings.Data);
        var audit = TextAudit.Run(scenario, text, TextDurabilitySource.Resolve(scenario, datasets.Path, datasets.WhyMissing));
        if (format == TextFormat.Json)
        {
            JsonOutput.Write(audit);
            return 0;
        }
        var console = Terminal.Create();
        console.MarkupLineInterpolated($"[bold]{audit.Text}[/]: {audit.Clauses.Count} clauses, {audit.Vague.Count} open");
        var sides = new Table().AddColumns("side", "expected utility", "reservation", "accepts?", "loses to the other's reading");
        foreach (var p in audit.Parties)
        {
            sides.AddRow(Markup.Escape(p.Party), F(p.ExpectedUtility), F(p.ReservationValue), p.Accepts ? "yes" : "no", F(audit.ReadingGap[p.Party]));
        }
        console.Write(sides);
        if (audit.Vague.Count > 0)
        {
            var vague = new Table().AddColumns("clause", "issue", "readings", "utility spread", "clarify at", "Nash product", "holding at 1 year");
            foreach (var v in audit.Vague)
            {
                vague.AddRow(
                    Markup.Escape(v.Clause),
                    Markup.Escape(v.Issue),
                    Markup.Escape(string.Join("; ", v.Readings.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} ({r.Weight:0.##})")))),
                    Markup.Escape(string.Join("; ", v.UtilitySpread.Select(kv => $"{kv.Key} {F(kv.Value[0])}-{F(kv.Value[1])}"))),
                    Markup.Escape(v.Clarification.Reading),
                    $"{F(v.Clarification.NashProduct[0])} -> {F(v.Clarification.NashProduct[1])}",
                    $"{P(v.Clarification.Durability365[0])} -> {P(v.Clarification.Durability365[1])}");
            }
            console.Write(vague);
        }
        console.MarkupLineInterpolated($"Missing (DPPA checklist): {(audit.MissingElements.Count == 0 ? "nothing" : string.Join(", ", audit.MissingElements))}");
        console.MarkupLineInterpolated($"Holding after 30/90/365 days: {string.Join(" / ", audit.Durability.Select(kv => $"{P(kv.Value)} ({P(audit.DurabilityInterval[kv.Key][0])}-{P(audit.DurabilityInterval[kv.Key][1])})"))}");
        console.MarkupLineInterpolated($"[grey]features {string.Join(", ", audit.HazardFeatures)}; {audit.DurabilitySource}[/]");
        return 0;
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string P(double x) => x.ToString("P1", CultureInfo.InvariantCulture);
}
