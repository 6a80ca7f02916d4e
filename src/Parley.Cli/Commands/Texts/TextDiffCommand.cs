using System.ComponentModel;
using System.Globalization;
using Parley.Cli.Infrastructure;
using Parley.Conflict.Texts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary><c>parley text diff</c>.</summary>
public sealed class TextDiffCommand : Command<TextDiffCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : TextSettings
    {
        /// <summary>The text to compare with.</summary>
        [CommandOption("--against <NAME>")]
        [Description("the text to compare --text with")]
        public string? Against { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.ParsedFormat(TextFormat.Text, TextFormat.Json);
        if (settings.Against is null)
        {
            throw new CliException("give the text to compare with: --against NAME");
        }
        var (_, scenario) = settings.Load();
        var diff = TextDiff.Run(scenario, TextSettings.Pick(scenario, settings.Text), TextSettings.Pick(scenario, settings.Against));
        if (format == TextFormat.Json)
        {
            JsonOutput.Write(diff);
            return 0;
        }
        var console = Terminal.Create();
        var issues = new Table().AddColumns("issue", diff.Text, diff.Against, "");
        foreach (var i in diff.Issues)
        {
            issues.AddRow(Markup.Escape(i.Issue), Markup.Escape(i.Text), Markup.Escape(i.Against), i.Changed ? "changed" : "");
        }
        console.Write(issues);
        var sides = new Table().AddColumns("side", diff.Text, diff.Against, "change", "accepts");
        foreach (var p in diff.Parties)
        {
            sides.AddRow(Markup.Escape(p.Party), F(p.Text), F(p.Against), (p.Change >= 0 ? "+" : "") + F(p.Change), $"{(p.AcceptsText ? "yes" : "no")} / {(p.AcceptsAgainst ? "yes" : "no")}");
        }
        console.Write(sides);
        Line(console, "phases", diff.Phases);
        Line(console, "exchanges", diff.Exchanges);
        Line(console, "features", diff.Features);
        Line(console, "missing (DPPA)", diff.MissingElements);
        return 0;
    }

    private static void Line(IAnsiConsole console, string what, IReadOnlyList<string>[] pair) =>
        console.MarkupLineInterpolated($"{what}: [bold]{string.Join("; ", pair[0])}[/] against [bold]{string.Join("; ", pair[1])}[/]");

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
