using Parley.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Texts;

/// <summary><c>parley text list</c>.</summary>
public sealed class TextListCommand : Command<TextSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, TextSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = settings.ParsedFormat(TextFormat.Text, TextFormat.Json);
        var (_, scenario) = settings.Load();
        var rows = scenario.Texts.Select(t => new { t.Name, Title = t.DisplayTitle, Phases = t.Phases.Length, Clauses = t.Clauses.Length }).ToArray();
        if (format == TextFormat.Json)
        {
            JsonOutput.Write(rows);
            return 0;
        }
        var table = new Table().AddColumns("name", "title", "date", "phases", "clauses", "open clauses");
        foreach (var t in scenario.Texts)
        {
            table.AddRow(Markup.Escape(t.Name), Markup.Escape(t.DisplayTitle), Markup.Escape(t.Date ?? ""), $"{t.Phases.Length}", $"{t.Clauses.Length}", $"{t.Clauses.Count(c => c.IsOpen)}");
        }
        Terminal.Create().Write(table);
        return 0;
    }
}
