using Parley.Cli.Infrastructure;
using System.Globalization;
using Parley.Conflict.Models;
using Parley.Simulation;
using Parley.Simulation.Parameters;
using Parley.Simulation.Summaries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley model &lt;simulation preset&gt; [--NAME value ...] [--runs N] [--seed S] [--format json]</c>:
/// the preset's parameters (given or default), its analytic facts at the start, and the summary of a
/// small simulation (2,000 runs unless <c>--runs</c> says otherwise). JSON
/// <c>{"model", "title", "provenance", "parameters", "facts", "summary"}</c>. One command serves every
/// simulation preset: <see cref="ModelCommands"/> registers it once per model with the model's
/// descriptor as its data, so a new model needs no command of its own.
/// </summary>
public sealed class PresetCommand : Command<ModelParameterSettings>
{
    /// <summary>Runs in the default summary.</summary>
    public const int DefaultRuns = 2000;

    /// <inheritdoc />
    public override int Execute(CommandContext context, ModelParameterSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        ArgumentNullException.ThrowIfNull(context);
        var descriptor = context.Data as ModelDescriptor
            ?? throw new InvalidOperationException($"model {context.Name}: registered without its model descriptor as data");
        var given = ParameterOptions.Given(settings, descriptor);
        var parameters = descriptor.Resolve(given);
        var model = descriptor.Create(parameters);
        var options = new MonteCarloOptions(settings.Runs ?? DefaultRuns, settings.Seed ?? 1, settings.Threads);
        var facts = model is IExplainedModel explained ? explained.Facts() : [];
        var result = SimulationSession.Run(model, options, cancellationToken);
        var summary = SimulationSummary.Of(result);
        if (format == OutputFormat.Json)
        {
            JsonText.Print(JsonText.Build(w =>
            {
                w.WriteStartObject();
                w.WriteString("model", descriptor.Name);
                w.WriteString("title", descriptor.Title);
                w.WriteString("provenance", descriptor.Provenance);
                w.WriteStartObject("parameters");
                foreach (var (parameter, value, _) in parameters.Entries)
                {
                    w.WriteNumber(parameter.Name, value);
                }
                w.WriteEndObject();
                w.WriteStartObject("facts");
                foreach (var fact in facts)
                {
                    JsonText.NumberOrNull(w, fact.Name, fact.Value);
                }
                w.WriteEndObject();
                w.WritePropertyName("summary");
                SummaryJsonWriter.Write(w, summary);
                w.WriteEndObject();
            }));
        }
        else
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(descriptor.Title)}[/]");
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(descriptor.Provenance)}[/]");
            var table = new Table().Border(TableBorder.Rounded).Title("[bold]parameters[/]");
            table.AddColumn("parameter");
            table.AddColumn(new TableColumn("value").RightAligned());
            table.AddColumn(new TableColumn("default").RightAligned());
            table.AddColumn("meaning");
            foreach (var (parameter, value, isGiven) in parameters.Entries)
            {
                var shown = value.ToString(CultureInfo.InvariantCulture);
                table.AddRow("--" + parameter.Name, isGiven ? $"[bold]{shown}[/]" : shown, parameter.DefaultText, Markup.Escape(parameter.Meaning));
            }
            AnsiConsole.Write(table);
            if (facts.Count > 0)
            {
                AnsiConsole.Write(FactTable.Create("at the start", facts.Select(f => (f.Name, FactTable.Number(f.Value), f.Meaning))));
            }
            SummaryView.Write(summary);
        }
        return SimulationSession.ReportIfInterrupted(result);
    }
}
