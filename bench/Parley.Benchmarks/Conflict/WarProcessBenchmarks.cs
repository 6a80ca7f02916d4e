using BenchmarkDotNet.Attributes;
using Parley.Application;
using Parley.Conflict.WarProcess;
using Parley.Randomness;
using Parley.Simulation;

namespace Parley.Benchmarks.Conflict;

/// <summary>
/// The war process of the shipped scenarios (issue 10 §7: a Gaza hypothesis Monte Carlo at 2,000 runs/s
/// or more on 2 cores). <see cref="GazaTwoThousandRuns"/> and <see cref="KoreaTwoHundredRuns"/> are
/// whole Monte Carlos on every core (runs/s = runs / mean time); <see cref="GazaHundredRunsOneThread"/>
/// is the bare per-run loop on one thread, whose allocation per run the memory diagnoser reports.
/// </summary>
[MemoryDiagnoser]
public class WarProcessBenchmarks
{
    private readonly ScenarioWarModel _gaza = Model("gaza-2025", "limited-aims");
    private readonly ScenarioWarModel _korea = Model("korea-1951", "post-stalin");
    private double[] _values = [];

    /// <summary>Builds the value arrays once.</summary>
    [GlobalSetup]
    public void Setup() => _values = new double[_gaza.Columns.Count];

    [Benchmark]
    public int GazaTwoThousandRuns() => MonteCarloRunner.Run(_gaza, new MonteCarloOptions(2000, seed: 1)).Runs;

    [Benchmark]
    public int KoreaTwoHundredRuns() => MonteCarloRunner.Run(_korea, new MonteCarloOptions(200, seed: 1)).Runs;

    [Benchmark(OperationsPerInvoke = 100)]
    public int GazaHundredRunsOneThread()
    {
        var rounds = 0;
        for (var i = 0; i < 100; i++)
        {
            var random = new CounterRandom(1, (ulong)i);
            rounds += _gaza.Run(ref random, _values).Rounds;
        }
        return rounds;
    }

    private static ScenarioWarModel Model(string id, string hypothesis) =>
        ScenarioMonteCarlo.Model(ScenarioSource.Shipped(id).Load(), hypothesis);
}
