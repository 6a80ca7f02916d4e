using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Formats.Scenario;
using Parley.Reports;
using Parley.Reports.Terminal;
using Parley.Application;
using Parley.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Commands.Run;

/// <summary>
/// <c>parley run [scenario.yaml]</c>: the main job, end to end on a scenario (the embedded default
/// without one): the bargaining analysis per hypothesis, a Monte Carlo of the war process, a
/// terminal summary and a report with its data in ./parley-out/.
/// </summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    /// <summary>Exit code when Ctrl-C stopped the run (finished work is kept).</summary>
    public const int Interrupted = 130;

    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The scenario; the embedded default when omitted.</summary>
        [CommandArgument(0, "[scenario]")]
        [Description("a scenario .yaml (default: the embedded default scenario)")]
        public string? Scenario { get; init; }

        /// <summary>Monte Carlo runs per hypothesis.</summary>
        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs per hypothesis (default 2000)")]
        public int? Runs { get; init; }

        /// <summary>The seed.</summary>
        [CommandOption("--seed <S>")]
        [Description("random seed (default 1); the same seed gives the same output")]
        public ulong? Seed { get; init; }

        /// <summary>Worker threads.</summary>
        [CommandOption("--threads <T>")]
        [Description("worker threads (default: all cores); results do not depend on it")]
        public int? Threads { get; init; }

        /// <summary>--horizon-days: overrides the scenario's horizon_days.</summary>
        [CommandOption("--horizon-days <N>")]
        [Description("stop reporting the simulated war after N days (overrides the scenario's horizon_days); everything before day N is the same for any horizon of at least N")]
        public double? HorizonDays { get; init; }

        /// <summary>Output folder.</summary>
        [CommandOption("-o|--out <DIR>")]
        [Description("where the report and its data go (default ./parley-out)")]
        [DefaultValue("parley-out")]
        public string Out { get; init; } = "parley-out";

        /// <summary>Map data folder.</summary>
        [CommandOption("--geo-data <DIR>")]
        [Description("detailed map files (governorates, population, the October 2025 zone); default: PARLEY_DATA or ../shared/data")]
        public string? GeoData { get; init; }

        /// <summary>Datasets folder.</summary>
        [CommandOption("--data <DIR>")]
        [Description("conflict datasets for hazards estimated from data (default: PARLEY_DATA or ../shared/datasets)")]
        public string? Data { get; init; }

        /// <summary>--text NAME: the war simulated from the date of this text.</summary>
        [CommandOption("--text <NAME>")]
        [Description("Simulate the war from the date of this text, in force as a ceasefire from day 0 (as parley simulate --text).")]
        public string? Text { get; init; }

        /// <summary>--set KEY=VALUE: scenario values overridden by path.</summary>
        [CommandOption("--set <KEY=VALUE>")]
        [Description(SetOptions.Help)]
        public string[]? Set { get; init; }

        /// <summary>--store TARGET: record the Monte Carlo runs.</summary>
        [CommandOption("--store <TARGET>")]
        [Description(Commands.Store.StoreOption.Help + " Started again, the same command resumes where it stopped.")]
        public string? Store { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Runs is < 1)
        {
            throw new CliException("--runs must be at least 1");
        }
        if (settings.Threads is < 1)
        {
            throw new CliException("--threads must be at least 1");
        }
        OutputPaths.CheckFolder(settings.Out, "--out");
        var input = settings.Scenario is null ? ScenarioSource.Default : ScenarioSource.File(settings.Scenario);
        var overrides = SetOptions.Parse(settings.Set);
        var scenario = input.Load(overrides);
        Warnings.Print(scenario.Warnings);
        if (settings.Scenario is not null)
        {
            UncitedNumbers.Warn(scenario, settings.Scenario);
        }
        if (settings.Text is { } text)
        {
            if (settings.Store is not null)
            {
                throw new CliException("--store records the scenario as written: run --text without --store");
            }
            scenario = Conflict.Scenarios.TextStart.Apply(scenario, text);
        }
        var datasets = DataFolders.Datasets(settings.Data);
        var runs = settings.Runs ?? new RunOptions().Runs;
        // Only simulated hypotheses are recorded: a point without a war would never have its runs.
        var simulated = ScenarioMonteCarlo.SimulatedHypotheses(scenario);
        if (simulated.Count == 0 && Commands.Store.StoreOption.Resolve(settings.Store, always: false) is { } unused)
        {
            Console.Error.WriteLine($"parley: nothing recorded in {unused.Display}: the scenario has no war section, so no hypothesis is simulated");
        }
        using var recording = Commands.Store.Recording.Open(settings.Store, "run", input, simulated, overrides, runs, settings.Seed ?? 1, settings.HorizonDays);
        var options = new RunOptions
        {
            Runs = runs,
            MonteCarlo = recording?.Hook,
            Seed = settings.Seed ?? 1,
            Threads = settings.Threads,
            DataDirectory = datasets.Path,
            WhyNoData = datasets.WhyMissing,
            HorizonDays = settings.HorizonDays,
        };

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        ScenarioRunResult run;
        try
        {
            run = Terminal.IsInteractive ? WithProgress(scenario, options, stop.Token) : ScenarioRun.Execute(scenario, options, null, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
        var console = Terminal.Create();
        var unsimulated = run.Hypotheses.Where(h => h.Scenario.War is null).Select(h => h.Name).ToList();
        if (unsimulated.Count > 0)
        {
            Warnings.Print([$"{input.DisplayName}: no war: section{(unsimulated.Count < run.Hypotheses.Length ? $" for hypothesis {string.Join(", ", unsimulated)}" : string.Empty)}, so the war was not simulated (0 runs): the report shows the bargaining analysis and the negotiation only; add a war: section (docs/war-process.md, e.g. scenarios/gaza-2025) to simulate how the war ends"]);
        }
        var report = RunReportBuilder.Build(run, input.DisplayName, new ReportInputs(input.Territory(), DataFolders.Geo(settings.GeoData), datasets.Path));
        var files = ReportWriter.Write(report, settings.Out);
        RunSummary.Write(console, report, Path.GetFullPath(files.Page));
        if (!run.Complete)
        {
            Console.Error.WriteLine("parley: stopped early: the summary and report cover the runs that finished");
            return Interrupted;
        }
        return 0;
    }

    private static ScenarioRunResult WithProgress(Scenario scenario, RunOptions options, CancellationToken token)
    {
        ScenarioRunResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                ProgressTask? task = null;
                SimulationProgress? current = null;
                var work = Task.Run(() => ScenarioRun.Execute(scenario, options, (name, progress) =>
                {
                    current = progress;
                    task = ctx.AddTask($"hypothesis {name}: {options.Runs:N0} runs", maxValue: options.Runs);
                }, token), CancellationToken.None);
                while (!work.IsCompleted)
                {
                    if (task is not null && current is not null)
                    {
                        task.Value = current.Completed;
                    }
                    ctx.Refresh();
                    Thread.Sleep(100);
                }
                result = work.GetAwaiter().GetResult();
            });
        return result!;
    }
}
