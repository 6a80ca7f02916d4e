using System.ComponentModel;
using Parley.Cli.Infrastructure;
using Parley.Conflict.Models;
using Parley.Simulation;
using Parley.Formats.Runs;
using Parley.Simulation.Parameters;
using Parley.Simulation.Summaries;
using Spectre.Console;
using Spectre.Console.Cli;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;

namespace Parley.Cli.Commands.Models;

/// <summary>
/// <c>parley simulate --model NAME [--param value ...] --runs N --seed S [--threads T] [--format text|json]
/// [--out runs.csv|runs.parquet]</c>: Monte Carlo runs of a preset on all cores, byte-identical for any
/// thread count; a progress bar on a terminal; Ctrl-C keeps the finished runs. Prints the summary
/// (endings, time to agreement, casualties, agreed terms, ceasefire survival) and optionally exports one
/// row per run. Any model implementing <see cref="IRunModel"/> (a scenario's war process too) runs the
/// same way.
/// </summary>
public sealed class SimulateCommand : Command<SimulateCommand.Settings>
{
    /// <summary>Runs when --runs is not given.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>Arguments: the model, its parameters, and the simulation options.</summary>
    public sealed class Settings : ModelParameterSettings
    {
        /// <summary>A scenario whose war process to simulate (instead of --model).</summary>
        [CommandArgument(0, "[scenario]")]
        [Description("A scenario .yaml with a war section (instead of --model).")]
        public string? Scenario { get; init; }

        /// <summary>Data directory for hazards estimated from data.</summary>
        [CommandOption("--data <DIR>")]
        [Description("With a scenario: the conflict datasets folder for 'from_data' hazards (default: PARLEY_DATA or ../shared/datasets).")]
        public string? Data { get; init; }

        /// <summary>The hypothesis to simulate, or "all".</summary>
        [CommandOption("--hypothesis <NAME>")]
        [Description("With a scenario: the hypothesis to simulate (default: the scenario's first), or 'all'.")]
        public string? Hypothesis { get; init; }

        /// <summary>--model.</summary>
        [CommandOption("--model <NAME>")]
        [Description("The preset: fearon, powell, rubinstein, smith-stam, filson-werner or slantchev.")]
        public string? Model { get; init; }

        /// <summary>--horizon-days: overrides the scenario's horizon_days (a preset's max-rounds, at its days-per-round).</summary>
        [CommandOption("--horizon-days <N>")]
        [Description("Stop reporting after N days: overrides the scenario's horizon_days, or a preset's --max-rounds (N / days-per-round). Everything before day N is the same for any horizon of at least N.")]
        public double? HorizonDays { get; init; }

        /// <summary>--explain: the run to replay and tell round by round.</summary>
        [CommandOption("--explain <RUN>")]
        [Description("With a scenario: replay run number RUN (0 to runs-1) of the Monte Carlo with --seed and tell its story round by round: battles, values, beliefs, offers, events, agreements, breakdowns, the ending.")]
        public int? Explain { get; init; }

        /// <summary>--text: simulate from the date of this text, in force as a ceasefire from day 0.</summary>
        [CommandOption("--text <NAME>")]
        [Description("With a scenario: start on the date of this text, in force as a ceasefire from day 0 (its phases; talks on the next phase from its talks_from_day), from the war's situation on that date (docs/war-process.md).")]
        public string? Text { get; init; }

        /// <summary>--out.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Write one row per run to a .csv or .parquet file.")]
        public string? Out { get; init; }

        /// <summary>--set KEY=VALUE: scenario values overridden by path.</summary>
        [CommandOption("--set <KEY=VALUE>")]
        [Description("With a scenario: " + SetOptions.Help)]
        public string[]? Set { get; init; }

        /// <summary>--store TARGET: record the runs (resuming an interrupted recording of the same command).</summary>
        [CommandOption("--store <TARGET>")]
        [Description("With a scenario: " + Commands.Store.StoreOption.Help + " Started again, the same command resumes where it stopped.")]
        public string? Store { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        if (settings.Scenario is not null)
        {
            if (settings.Model is not null)
            {
                throw new CliException("give either a scenario or --model, not both");
            }
            if (settings.Param is { Length: > 0 } modelParameters)
            {
                throw new CliException($"--{modelParameters[0].Split('=')[0]} is a model parameter: give it with --model NAME; a scenario's war is set in its file");
            }
            return ScenarioSimulation.Execute(settings, format, cancellationToken);
        }
        if (settings.Explain is not null)
        {
            throw new CliException("--explain needs a scenario: parley simulate scenario.yaml --seed S --explain RUN");
        }
        if (settings.Store is not null)
        {
            throw new CliException("--store records a scenario's runs: give a scenario (parley simulate scenario.yaml --store parley.db)");
        }
        if (settings.Set is { Length: > 0 })
        {
            throw new CliException("--set overrides scenario values: give a scenario (parley simulate scenario.yaml --set KEY=VALUE)");
        }
        if (settings.Hypothesis is not null)
        {
            throw new CliException("--hypothesis needs a scenario: parley simulate scenario.yaml --hypothesis NAME");
        }
        if (settings.Text is not null)
        {
            throw new CliException("--text needs a scenario: parley simulate scenario.yaml --text NAME");
        }
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new CliException($"give the model to simulate: --model NAME, one of {ModelCatalog.Names}");
        }
        var descriptor = ModelCatalog.Find(settings.Model);
        var export = ExportKind(settings.Out);
        if (settings.Out is { } target)
        {
            OutputPaths.CheckFile(target, "--out");
        }
        var given = ParameterOptions.Given(settings, descriptor);
        ApplyHorizon(settings.HorizonDays, descriptor, given);
        var parameters = descriptor.Resolve(given);
        var model = descriptor.Create(parameters);
        var options = new MonteCarloOptions(settings.Runs ?? DefaultRuns, settings.Seed ?? 1, settings.Threads);

        var result = SimulationSession.Run(model, options, cancellationToken);
        var summary = SimulationSummary.Of(result);
        if (format == OutputFormat.Json)
        {
            JsonText.Print(SummaryJsonWriter.ToJson(summary, parameters));
        }
        else
        {
            SummaryView.Write(summary);
        }
        if (settings.Out is { } path && export is { } kind)
        {
            Write(path, kind, result);
            if (format == OutputFormat.Text)
            {
                AnsiConsole.MarkupLineInterpolated($"wrote {result.Runs:N0} runs to {path}");
            }
        }
        return SimulationSession.ReportIfInterrupted(result);
    }

    /// <summary>A preset's horizon: --horizon-days N sets --max-rounds to the whole rounds of its days-per-round within N days.</summary>
    private static void ApplyHorizon(double? horizonDays, ModelDescriptor descriptor, Dictionary<string, double> given)
    {
        if (horizonDays is not { } days)
        {
            return;
        }
        var rounds = descriptor.Parameters.FirstOrDefault(p => p.Name == "max-rounds");
        var perRound = descriptor.Parameters.FirstOrDefault(p => p.Name == "days-per-round");
        if (rounds is null || perRound is null)
        {
            throw new CliException($"--horizon-days: the {descriptor.Name} preset has no horizon (no --max-rounds)");
        }
        if (given.ContainsKey("max-rounds"))
        {
            throw new CliException("give either --horizon-days or --max-rounds, not both");
        }
        var dpr = given.TryGetValue("days-per-round", out var d) ? d : perRound.Default;
        if (!(days >= dpr) || !double.IsFinite(days))
        {
            throw new CliException($"--horizon-days {days} must be at least one round ({dpr} days)");
        }
        given["max-rounds"] = Math.Floor(days / dpr);
    }

    internal static string? ExportKind(string? path)
    {
        if (path is null)
        {
            return null;
        }
        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".CSV" => "csv",
            ".PARQUET" => "parquet",
            _ => throw new CliException($"--out {path}: name the file .csv or .parquet"),
        };
    }

    internal static void WriteAgreements(string path, string kind, IReadOnlyList<AgreementRow> rows)
    {
        try
        {
            using var stream = File.Create(path);
            if (kind == "csv")
            {
                AgreementCsvWriter.Write(stream, rows);
            }
            else
            {
                AgreementParquetWriter.WriteAsync(stream, rows).GetAwaiter().GetResult();
            }
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new CliException($"{path}: cannot write the agreements: {ex.Message}", ex);
        }
    }

    internal static void Write(string path, string kind, MonteCarloResult result)
    {
        try
        {
            using var stream = File.Create(path);
            if (kind == "csv")
            {
                RunCsvWriter.Write(stream, result);
            }
            else
            {
                RunParquetWriter.WriteAsync(stream, result).GetAwaiter().GetResult();
            }
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new CliException($"{path}: cannot write the runs: {ex.Message}", ex);
        }
    }
}
