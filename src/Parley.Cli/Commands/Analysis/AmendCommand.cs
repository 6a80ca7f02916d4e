using System.ComponentModel;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Analysis.Amendments;
using Parley.Cli.Infrastructure;
using Parley.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Analysis;

/// <summary><c>parley amend</c>: what an amendment to a text does to each party.</summary>
public sealed class AmendCommand : Command<AmendCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A scenario, or a GENIUS domain followed by its profiles.</summary>
        [CommandArgument(0, "<files>")]
        [Description("scenario.yaml, or domain.xml profile.xml profile.xml [[...]]")]
        public string[] Files { get; init; } = [];

        /// <summary>The text: a name from the scenario's texts, or issue=value pairs separated by ';'.</summary>
        [CommandOption("--text <TEXT>")]
        [Description("a text named in the scenario, or 'issue=value; issue=value' (unnamed issues take their defaults)")]
        public string? Text { get; init; }

        /// <summary>The amendment: issue=value pairs separated by ';'.</summary>
        [CommandOption("--set <AMENDMENT>")]
        [Description("the amendment: 'issue=value; issue=value'")]
        public string? Set { get; init; }

        /// <summary>text or json.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        var domain = DomainLoader.Load(settings.Files);
        var space = domain.Space;
        if (string.IsNullOrWhiteSpace(settings.Set))
        {
            throw new CliException("give the amendment with --set 'issue=value; ...'");
        }
        var text = ResolveText(domain, settings.Text);
        var amendment = ParsePairs(space, settings.Set, "--set");
        var impact = AmendmentImpact.Evaluate(domain.ToProblem(), text, amendment);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(new
            {
                before = Describe(space, impact.Before),
                after = Describe(space, impact.After),
                changedIssues = impact.ChangedIssues.Select(i => space.Issues[i].Name),
                inRangeBefore = impact.InRangeBefore,
                inRangeAfter = impact.InRangeAfter,
                parties = impact.Parties,
            });
            return 0;
        }
        var console = Terminal.Create();
        console.MarkupLineInterpolated($"[bold]Text[/]      {AnalysisText.Describe(space, impact.Before)}");
        console.MarkupLineInterpolated($"[bold]Amended[/]   {AnalysisText.Describe(space, impact.After)}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("party", "before", "after", "change", "reservation", "accepts after?");
        foreach (var p in impact.Parties)
        {
            table.AddRow(
                Markup.Escape(p.Party),
                F(p.Before),
                F(p.After),
                (p.Change >= 0 ? "+" : "") + F(p.Change),
                F(p.ReservationValue),
                p.AcceptableAfter ? "[green]yes[/]" : Markup.Escape(p.RedLineCrossedAfter is { } line ? $"no: crosses '{line}'" : "no: below reservation"));
        }
        console.Write(table);
        console.MarkupLine(impact.InRangeAfter
            ? "[green]The amended text stays inside the bargaining range.[/]"
            : impact.InRangeBefore ? "[red]The amendment takes the text out of the bargaining range.[/]" : "[yellow]The text is outside the bargaining range before and after.[/]");
        return 0;
    }

    private static Outcome ResolveText(LoadedDomain domain, string? text)
    {
        var scenario = domain.Scenario;
        var defaults = scenario?.Defaults ?? System.Collections.Immutable.ImmutableDictionary<int, int>.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (scenario is { Texts.Length: > 0 })
            {
                return scenario.Texts[0].Complete(domain.Space, defaults);
            }
            throw new CliException("give the text with --text NAME or --text 'issue=value; ...'");
        }
        if (!text.Contains('=', StringComparison.Ordinal) && scenario is not null)
        {
            return scenario.Text(text).Complete(domain.Space, defaults);
        }
        var values = ParsePairs(domain.Space, text, "--text");
        var partial = new Domain.Scenarios.AgreementText("--text", values.ToImmutableDictionary());
        return partial.Complete(domain.Space, defaults);
    }

    private static Dictionary<int, int> ParsePairs(OutcomeSpace space, string pairs, string option)
    {
        var result = new Dictionary<int, int>();
        foreach (var part in pairs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"{option}: '{part}' is not 'issue=value'");
            }
            var issue = space.RequireIssue(part[..eq].Trim(), option);
            result[issue] = space.Issues[issue].ParseValue(part[(eq + 1)..].Trim());
        }
        return result;
    }

    private static Dictionary<string, string> Describe(OutcomeSpace space, Outcome outcome) =>
        space.Describe(outcome).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);
}
