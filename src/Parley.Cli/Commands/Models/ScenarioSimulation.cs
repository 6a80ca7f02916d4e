using Parley.Cli.Infrastructure;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Parley.Simulation.Summaries;
using Spectre.Console;
using Parley.Application;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;

namespace Parley.Cli.Commands.Models;

/// <summary><c>parley simulate scenario.yaml</c>: Monte Carlo of a scenario's war process, per hypothesis.</summary>
public static class ScenarioSimulation
{
    /// <summary>Runs the simulation the settings ask for and prints it.</summary>
    public static int Execute(SimulateCommand.Settings settings, OutputFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var datasets = DataFolders.Datasets(settings.Data);
        var overrides = SetOptions.Parse(settings.Set);
        var read = ScenarioReader.ReadFile(settings.Scenario!, overrides);
        // The same warnings as every other command that loads a scenario: the reader's, then bare numbers.
        Warnings.Print(read.Warnings);
        UncitedNumbers.Warn(read, settings.Scenario!);
        var scenario = ScenarioMonteCarlo.Prepare(read, datasets.Path, datasets.WhyMissing, settings.HorizonDays);
        if (settings.Text is { } text)
        {
            if (settings.Store is not null)
            {
                throw new CliException("--store records the scenario as written: run --text without --store");
            }
            scenario = TextStart.Apply(scenario, text);
        }
        var names = settings.Hypothesis switch
        {
            null => [scenario.HypothesisNames[0]],
            "all" => scenario.HypothesisNames.ToArray(),
            { } one => new[] { one },
        };
        if (settings.Explain is { } run)
        {
            return RunStoryView.Execute(scenario, names, run, settings, format);
        }
        var export = SimulateCommand.ExportKind(settings.Out);
        if (settings.Out is { } target)
        {
            OutputPaths.CheckFile(target, "--out");
        }
        if (export is not null && names.Length > 1)
        {
            throw new CliException("--out writes one hypothesis's runs: name it with --hypothesis");
        }
        var options = new MonteCarloOptions(settings.Runs ?? SimulateCommand.DefaultRuns, settings.Seed ?? 1, settings.Threads);
        using var recording = Commands.Store.Recording.Open(settings.Store, "simulate", ScenarioSource.File(settings.Scenario!), names, overrides, options.Runs, options.Seed, settings.HorizonDays);
        var json = new List<string>();
        var exit = 0;
        foreach (var name in names)
        {
            var model = ScenarioMonteCarlo.Model(scenario, name);
            var result = recording is null
                ? SimulationSession.Run(model, options, cancellationToken)
                : SimulationSession.Run(model, options, (progress, token) => recording.Run(name, model, options.Threads, progress, token), cancellationToken);
            var summary = SimulationSummary.Of(result);
            if (format == OutputFormat.Json)
            {
                // Sides a and b are the scenario's belligerents: name them in order (docs/json.md).
                var written = SummaryJsonWriter.ToJson(summary, null, model.Parties);
                json.Add(settings.Text is { } textName ? TextJson.Add(written, scenario, textName, summary) : written);
            }
            else
            {
                AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(model.Name)}[/]").LeftJustified());
                if (model.War.StartText is { } start)
                {
                    AnsiConsole.MarkupLineInterpolated($"[grey]from '{start.Name}' ({scenario.ClockStart:yyyy-MM-dd}), in force as a ceasefire from day 0; talks on the next phase from day {model.War.Ceasefire.TalksFromDay}[/]");
                }
                AnsiConsole.MarkupLineInterpolated($"[grey]ceasefire hazard: {model.War.Ceasefire.HazardSource}[/]");
                SummaryView.Write(summary);
                if (settings.Text is { } textName && summary.CeasefireCurve is not null)
                {
                    // The text's ceasefire at its phase boundaries and at its observed collapse.
                    foreach (var point in TextStart.Checkpoints(scenario, textName))
                    {
                        var p = summary.CeasefireHoldsAt(point.Day);
                        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"still holding on day {point.Day} ({point.Label}): {p.Survival:0.0%} (95% band {p.Lower:0.0%}-{p.Upper:0.0%})");
                    }
                }
            }
            if (settings.Out is { } path && export is { } kind)
            {
                SimulateCommand.Write(path, kind, result);
                if (result.IsComplete)
                {
                    // Every agreement of every run, from a replay of each run after the Monte Carlo.
                    SimulateCommand.WriteAgreements(AgreementsPath(path), kind, AgreementLog.Collect(model, options.Seed, result.Runs, cancellationToken));
                }
            }
            exit = Math.Max(exit, SimulationSession.ReportIfInterrupted(result));
            if (!result.IsComplete)
            {
                break;
            }
        }
        if (format == OutputFormat.Json)
        {
            JsonText.Print(json.Count == 1 ? json[0] : "[" + string.Join(",", json) + "]");
        }
        return exit;
    }

    /// <summary>The long table of agreements beside <paramref name="path"/>: <c>runs.csv</c> → <c>runs.agreements.csv</c>.</summary>
    internal static string AgreementsPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + ".agreements" + Path.GetExtension(path));
}
