using System.Globalization;
using Parley.Application;
using Parley.Application.Explain;
using Parley.Cli.Infrastructure;
using Parley.Conflict.Scenarios;
using Spectre.Console;

namespace Parley.Cli.Commands.Models;

/// <summary><c>parley simulate scenario.yaml --seed S --explain RUN</c>: prints one run's story (a table, or a JSON array).</summary>
internal static class RunStoryView
{
    /// <summary>Checks the options, tells the run and prints it.</summary>
    public static int Execute(Scenario scenario, string[] hypotheses, int run, SimulateCommand.Settings settings, OutputFormat format)
    {
        if (hypotheses.Length != 1)
        {
            throw new CliException("--explain tells one hypothesis's run: name it with --hypothesis");
        }
        if (settings.Out is not null)
        {
            throw new CliException("--explain prints one run: drop --out");
        }
        var runs = settings.Runs ?? SimulateCommand.DefaultRuns;
        if (run < 0 || run >= runs)
        {
            throw new CliException($"--explain {run}: the Monte Carlo has runs 0 to {runs - 1} (--runs {runs})");
        }
        var model = ScenarioMonteCarlo.Model(scenario, hypotheses[0]);
        var story = RunStory.Tell(model, settings.Seed ?? 1, run);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(story.Lines);
            return 0;
        }
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(model.Name)}[/]: run {run} of seed {story.Seed}").LeftJustified());
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("round").RightAligned())
            .AddColumn(new TableColumn("day").RightAligned())
            .AddColumn("kind")
            .AddColumn("what happened");
        foreach (var line in story.Lines)
        {
            table.AddRow(
                line.Round.ToString(CultureInfo.InvariantCulture),
                line.Day.ToString("0.#", CultureInfo.InvariantCulture),
                line.Kind,
                Markup.Escape(line.Text));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
