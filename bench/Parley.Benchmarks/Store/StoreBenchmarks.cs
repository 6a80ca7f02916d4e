using BenchmarkDotNet.Attributes;
using Parley.Application;
using Parley.Conflict.WarProcess;
using Parley.Simulation;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Sweeps;

namespace Parley.Benchmarks.Store;

/// <summary>
/// What recording costs (issue 14, section 5): the Gaza 2025 Monte Carlo (limited-aims) of 10^5 runs
/// in memory, the same simulated and recorded into a fresh SQLite store (batches of 10,000 runs, one
/// transaction each), the recording alone (10^5 rows of a finished result), and a sweep of 4 points x
/// 25,000 runs (the same 10^5 runs of work: four copies of the scenario's own value) into a fresh
/// store. Each operation takes seconds, so run a short job:
/// <c>dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*StoreBenchmarks*' --inProcess --strategy Monitoring --launchCount 1 --warmupCount 0 --iterationCount 3</c>.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Runs = 100_000;
    private ScenarioWarModel _model = null!;
    private PointScenarios _scenarios = null!;
    private MonteCarloResult _result = null!;
    private string _folder = null!;
    private int _file;

    [GlobalSetup]
    public void Setup()
    {
        var source = ScenarioSource.Shipped("gaza-2025");
        _scenarios = new PointScenarios(source, null, "benchmark without datasets", null);
        _model = ScenarioMonteCarlo.Model(ScenarioMonteCarlo.Prepare(source.Load(), null, "benchmark without datasets", null), "limited-aims");
        _result = MonteCarloRunner.Run(_model, new MonteCarloOptions(Runs, 1));
        _folder = Path.Combine(Path.GetTempPath(), "parley-bench-store-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "simulate 10^5 runs in memory")]
    public int Simulate() => MonteCarloRunner.Run(_model, new MonteCarloOptions(Runs, 1)).Runs;

    [Benchmark(Description = "simulate 10^5 runs and record them (SQLite)")]
    public int SimulateAndRecord()
    {
        using var store = Fresh();
        var spec = Spec(["limited-aims"], [], "simulate");
        store.Register(spec, DateTimeOffset.UnixEpoch);
        return ExperimentRunner.RunPoint(store, spec, 0, _model, null).Runs;
    }

    [Benchmark(Description = "record 10^5 finished runs (SQLite)")]
    public int RecordOnly()
    {
        using var store = Fresh();
        var spec = Spec(["limited-aims"], [], "simulate");
        store.Register(spec, DateTimeOffset.UnixEpoch);
        store.Insert(spec.Id, 0, _result);
        return store.StoredRuns(spec.Id, 0, 0, Runs);
    }

    [Benchmark(Description = "sweep 4 points x 25,000 runs (SQLite)")]
    public long Sweep()
    {
        using var store = Fresh();
        var parameter = SweepParameter.Parse("war.sides.Israel.cost_tolerance=0.55,0.55,0.55,0.55");
        var spec = Spec(["limited-aims"], [parameter], "sweep") with { Runs = Runs / 4 };
        store.Register(spec, DateTimeOffset.UnixEpoch);
        return ExperimentRunner.Run(store, spec, _scenarios, Shard.All, null).Done;
    }

    private ExperimentStore Fresh() => ExperimentStore.Open(new StoreTarget(Path.Combine(_folder, $"b{_file++}.db")));

    private ExperimentSpec Spec(string[] hypotheses, SweepParameter[] parameters, string kind) => new()
    {
        Kind = kind,
        Scenario = "gaza-2025",
        ScenarioHash = ExperimentSpec.Hash(_scenarios.Text),
        Runs = Runs,
        Seed = 1,
        CodeVersion = "bench",
        Design = "grid",
        Parameters = [.. parameters.Select(p => p.Path)],
        Points = SweepDesign.Points(hypotheses, parameters, [.. SweepDesign.Grid(parameters).Select(c => (IReadOnlyList<string?>)[.. c])]),
    };
}
