using System.ComponentModel;
using Parley.Application;
using Parley.Cli.Commands.Cluster;
using Parley.Cli.Infrastructure;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Sweeps;
using Parley.Store.Sensitivity;
using Parley.Reports.Sweep;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// <c>parley sweep scenario.yaml --vary KEY=... [--vary ...] [--hypothesis NAME|all] --runs N --seed S
/// [--sample N | --sobol N | --oat] [--shard i/N | --cluster [TARGET]] [--store TARGET] [--name NAME]</c>: runs every point of the
/// design into the store, resuming where an earlier run of the same command stopped.
/// </summary>
public sealed class SweepCommand : Command<SweepCommand.Settings>
{
    /// <summary>Runs per point when --runs is not given.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The scenario.</summary>
        [CommandArgument(0, "<scenario>")]
        [Description("A scenario .yaml with a war section.")]
        public string Scenario { get; init; } = "";

        /// <summary>--vary.</summary>
        [CommandOption("--vary <KEY=VALUES>")]
        [Description("A varied value: KEY=V1,V2,... or KEY=LO..HI:N or KEY='[[\"label, with comma\", \"other\"]]'. Repeatable.")]
        public string[] Vary { get; init; } = [];

        /// <summary>--hypothesis.</summary>
        [CommandOption("--hypothesis <NAME>")]
        [Description("The hypothesis (default: the scenario's first), or 'all'.")]
        public string? Hypothesis { get; init; }

        /// <summary>--runs.</summary>
        [CommandOption("--runs <N>")]
        [Description("Monte Carlo runs per point (default 1000); run i of every point draws the same random stream.")]
        public int? Runs { get; init; }

        /// <summary>--seed.</summary>
        [CommandOption("--seed <S>")]
        [Description("The seed (default 1).")]
        public ulong? Seed { get; init; }

        /// <summary>--threads.</summary>
        [CommandOption("--threads <T>")]
        [Description("Worker threads (default: all cores); results do not depend on it.")]
        public int? Threads { get; init; }

        /// <summary>--sample.</summary>
        [CommandOption("--sample <N>")]
        [Description("A Latin hypercube of N points over the varied ranges instead of the full grid.")]
        public int? Sample { get; init; }

        /// <summary>--sobol.</summary>
        [CommandOption("--sobol <N>")]
        [Description("Saltelli sampling with N base points (N x (k+2) points) for first-order and total Sobol indices.")]
        public int? Sobol { get; init; }

        /// <summary>--oat.</summary>
        [CommandOption("--oat")]
        [Description("One at a time: the scenario as written, then each varied value alone at each of its values.")]
        public bool Oat { get; init; }

        /// <summary>--shard.</summary>
        [CommandOption("--shard <I/N>")]
        [Description("Run only part i of N (0-based) of the work, into the shared store; every part gives the same rows wherever it runs.")]
        public string? Shard { get; init; }

        /// <summary>--cluster.</summary>
        [CommandOption("--cluster [TARGET]")]
        [Description("Submit the work to the Orleans cluster meeting in this PostgreSQL store (default: --store or PARLEY_STORE) instead of running it here; start its silos with 'parley silo'. Same rows as a local sweep.")]
        public FlagValue<string>? Cluster { get; init; }

        /// <summary>--store.</summary>
        [CommandOption("--store <TARGET>")]
        [Description(StoreOption.Help)]
        public string? Store { get; init; }

        /// <summary>--name.</summary>
        [CommandOption("--name <NAME>")]
        [Description("A name for the experiment (runs show NAME).")]
        public string? Name { get; init; }

        /// <summary>--data.</summary>
        [CommandOption("--data <DIR>")]
        [Description("The conflict datasets folder for 'from_data' hazards (default: PARLEY_DATA or ../shared/datasets).")]
        public string? Data { get; init; }

        /// <summary>--horizon-days.</summary>
        [CommandOption("--horizon-days <N>")]
        [Description("Stop reporting after N days (overrides the scenario's horizon_days).")]
        public double? HorizonDays { get; init; }

        /// <summary>--report.</summary>
        [CommandOption("--report <DIR>")]
        [Description("Where the sensitivity report goes when the sweep is complete: index.html (tornado charts, response curves), sensitivity.csv, points.csv (default ./parley-sweep).")]
        [DefaultValue("parley-sweep")]
        public string Report { get; init; } = "parley-sweep";

        /// <summary>--batch.</summary>
        [CommandOption("--batch <N>")]
        [Description("Runs written per transaction (default 10000): a killed sweep redoes at most this many runs.")]
        public int? Batch { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Vary.Length == 0)
        {
            throw new CliException("give at least one --vary KEY=V1,V2,... (or KEY=LO..HI:N)");
        }
        if (new[] { settings.Sample is not null, settings.Sobol is not null, settings.Oat }.Count(x => x) > 1)
        {
            throw new CliException("give one design: --sample N, --sobol N or --oat (or none for the full grid)");
        }
        if (settings.Runs is < 1 || settings.Batch is < 1 || settings.Threads is < 1)
        {
            throw new CliException("--runs, --batch and --threads must be at least 1");
        }
        var onCluster = settings.Cluster is { IsSet: true };
        if (onCluster && settings.Shard is not null)
        {
            throw new CliException("give --shard (a batch scheduler runs the parts) or --cluster (the cluster runs them all), not both");
        }
        var shard = settings.Shard is null ? Shard.All : Shard.Parse(settings.Shard);
        var datasets = DataFolders.Datasets(settings.Data);
        var scenarios = new PointScenarios(ScenarioSource.File(settings.Scenario), datasets.Path, datasets.WhyMissing, settings.HorizonDays);
        var baseScenario = scenarios.Base();
        var hypotheses = settings.Hypothesis switch
        {
            null => [baseScenario.HypothesisNames[0]],
            "all" => baseScenario.HypothesisNames.ToArray(),
            { } one => baseScenario.HypothesisNames.Contains(one) ? new[] { one } : throw new CliException($"--hypothesis {one}: the scenario has {string.Join(", ", baseScenario.HypothesisNames)}"),
        };
        var (design, size) = settings switch
        {
            { Sample: { } n } => ("lhs", (int?)n),
            { Sobol: { } n } => ("sobol", n),
            { Oat: true } => ("oat", null),
            _ => ("grid", null),
        };
        // Every point is read once before any run, so a bad value fails fast with the file's position.
        var spec = SweepPlan.Create(scenarios, new SweepRequest
        {
            Hypotheses = hypotheses,
            Parameters = [.. settings.Vary.Select(SweepParameter.Parse)],
            Design = design,
            Size = size,
            Runs = settings.Runs ?? DefaultRuns,
            Seed = settings.Seed ?? 1,
            Name = settings.Name ?? "",
            HorizonDays = settings.HorizonDays,
        }, ParleyApp.Version);
        var target = onCluster
            ? ClusterOption.Store(string.IsNullOrEmpty(settings.Cluster!.Value) ? settings.Store : settings.Cluster.Value)
            : StoreOption.Resolve(settings.Store, always: true)!;
        using var store = ExperimentStore.Open(target);
        store.Register(spec, DateTimeOffset.UtcNow);
        var batch = settings.Batch ?? ExperimentRunner.DefaultBatch;
        var console = Terminal.Create();
        ExperimentProgress done;
        if (onCluster)
        {
            var cluster = ClusterSession.Run(target, spec, scenarios, batch, cancellationToken);
            done = new ExperimentProgress(spec.Id, cluster.Total, cluster.Done, cluster.Skipped);
            console.MarkupLineInterpolated($"experiment [bold]{spec.Id}[/] ({design}, {spec.Points.Count} points x {spec.Runs:N0} runs) in {target.Display}");
            console.MarkupLineInterpolated($"cluster of {cluster.Silos} silo{(cluster.Silos == 1 ? "" : "s")}: {cluster.UnitsDone:N0} of {cluster.Units:N0} units, {done.Done:N0} of {done.Total:N0} runs stored, {done.Skipped:N0} found already stored, {cluster.Retries:N0} unit calls repeated after a lost silo");
        }
        else
        {
            done = StoreSession.Run(store, spec, scenarios, shard, settings.Threads, batch, cancellationToken);
            console.MarkupLineInterpolated($"experiment [bold]{spec.Id}[/] ({design}, {spec.Points.Count} points x {spec.Runs:N0} runs) in {target.Display}");
            console.MarkupLineInterpolated($"shard {shard}: {done.Done:N0} of {done.Total:N0} runs stored, {done.Skipped:N0} found already stored");
        }
        if (done.Done < done.Total)
        {
            Console.Error.WriteLine("parley: stopped early: run the same command again to continue where it stopped");
            return SimulateInterrupted;
        }
        var stored = store.Find(spec.Id);
        if (stored.StoredRuns < stored.PlannedRuns)
        {
            console.MarkupLineInterpolated($"{stored.StoredRuns:N0} of {stored.PlannedRuns:N0} runs of the whole sweep are stored: the sensitivity report comes when every shard has run");
            return 0;
        }
        var sensitivity = SweepSensitivity.Of(store, spec);
        SensitivityView.Write(console, sensitivity);
        var page = SweepReportWriter.Write(sensitivity, settings.Report);
        console.MarkupLineInterpolated($"Report: {Path.GetFullPath(page)}");
        return 0;
    }

    private const int SimulateInterrupted = 130;
}
