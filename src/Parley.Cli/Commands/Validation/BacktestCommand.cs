using System.ComponentModel;
using Parley.Application.Backtest;
using Parley.Cli.Infrastructure;
using Parley.Formats.Scenario;
using Spectre.Console.Cli;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Commands.Validation;

/// <summary>
/// <c>parley backtest DIR [--runs N] [--seed S] [--hypothesis NAME|default] [--format text|json]</c>:
/// runs every scenario in DIR (<c>DIR/*.yaml</c> and <c>DIR/*/scenario.yaml</c>) that has an
/// <c>observed:</c> section and scores the engine against history (see <see cref="BacktestRun"/>).
/// </summary>
public sealed class BacktestCommand : Command<BacktestCommand.Settings>
{
    /// <summary>Runs per case when --runs is not given.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>Exit code when Ctrl-C stopped the backtest (128 + SIGINT, as shells use).</summary>
    public const int Interrupted = 130;

    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The folder of scenarios.</summary>
        [CommandArgument(0, "<dir>")]
        [Description("A folder of scenario files (*.yaml, */scenario.yaml); those with an observed: section are scored.")]
        public string Directory { get; init; } = "";

        /// <summary>Monte Carlo runs per case.</summary>
        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs per case (default 1000)")]
        public int? Runs { get; init; }

        /// <summary>The seed.</summary>
        [CommandOption("--seed <S>")]
        [Description("random seed (default 1); the same seed gives the same scores")]
        public ulong? Seed { get; init; }

        /// <summary>Worker threads.</summary>
        [CommandOption("--threads <T>")]
        [Description("worker threads (default: all cores); results do not depend on it")]
        public int? Threads { get; init; }

        /// <summary>The hypothesis to simulate in every case.</summary>
        [CommandOption("--hypothesis <NAME>")]
        [Description("the hypothesis to simulate in every case (default, also 'default': each scenario's observed.hypothesis, else its first)")]
        public string? Hypothesis { get; init; }

        /// <summary>Datasets folder.</summary>
        [CommandOption("--data <DIR>")]
        [Description("conflict datasets for hazards estimated from data (default: PARLEY_DATA or ../shared/datasets)")]
        public string? Data { get; init; }

        /// <summary>text or json.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("text (a table) or json")]
        public string? Format { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var format = OutputFormats.Parse(settings.Format, OutputFormat.Text, OutputFormat.Json);
        if (settings.Runs is < 1)
        {
            throw new CliException("--runs must be at least 1");
        }
        if (settings.Threads is < 1)
        {
            throw new CliException("--threads must be at least 1");
        }
        var cases = Cases(settings.Directory);
        var datasets = DataFolders.Datasets(settings.Data);
        var options = new BacktestOptions
        {
            Runs = settings.Runs ?? DefaultRuns,
            Seed = settings.Seed ?? 1,
            Threads = settings.Threads,
            Hypothesis = settings.Hypothesis,
            DataDirectory = datasets.Path,
            WhyNoData = datasets.WhyMissing,
        };
        BacktestResult result;
        try
        {
            result = BacktestRun.Execute(cases, options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("parley: backtest stopped before every case finished: nothing was scored");
            return Interrupted;
        }
        if (format == OutputFormat.Json)
        {
            Models.JsonText.Print(BacktestJson.ToJson(result));
        }
        else
        {
            BacktestTable.Write(Terminal.Create(), result);
        }
        return 0;
    }

    /// <summary>The scenarios in <paramref name="directory"/> that have an observed section, named by file (or folder, for scenario.yaml), in name order.</summary>
    private static List<(string Name, Scenario Scenario)> Cases(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new CliException($"{directory}: folder not found: give a folder of scenario files");
        }
        var files = System.IO.Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Path: f))
            .Concat(System.IO.Directory.EnumerateDirectories(directory)
                .Select(d => (Name: Path.GetFileName(d), Path: Path.Combine(d, "scenario.yaml")))
                .Where(c => File.Exists(c.Path)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .ToList();
        var cases = files
            .Select(f => (f.Name, Scenario: ScenarioReader.ReadFile(f.Path)))
            .Where(c => c.Scenario.Observed is not null)
            .ToList();
        if (cases.Count == 0)
        {
            throw new CliException($"{directory}: no scenario there has an observed: section ({files.Count} scenario files read): add one to score the engine against history");
        }
        return cases;
    }
}
