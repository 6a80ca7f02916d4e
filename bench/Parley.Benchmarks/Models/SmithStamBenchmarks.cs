using BenchmarkDotNet.Attributes;
using Parley.Conflict.Models;
using Parley.Randomness;
using Parley.Simulation;

namespace Parley.Benchmarks.Models;

/// <summary>
/// The Smith &amp; Stam preset (defaults: 10 forts, Beta(14,6) vs Beta(6,14) priors, about 12.5 battles
/// per run). Issue 4 goal: 10^6 runs in under 10 s on this 2-core machine, with no allocation per round.
/// <see cref="MillionRuns"/> is the whole Monte Carlo on every core (its allocation is the result arrays,
/// 56-byte records plus 16 bytes of values per run, allocated once); <see cref="ThousandRunsOneThread"/> is the bare per-run loop,
/// which must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class SmithStamBenchmarks
{
    private readonly SmithStamModel _model = (SmithStamModel)SmithStamModel.Descriptor.CreateDefault();
    private readonly double[] _values = new double[2];

    [Benchmark]
    public int MillionRuns() =>
        MonteCarloRunner.Run(_model, new MonteCarloOptions(1_000_000, seed: 1)).Runs;

    [Benchmark(OperationsPerInvoke = 1000)]
    public int ThousandRunsOneThread()
    {
        var rounds = 0;
        for (var i = 0; i < 1000; i++)
        {
            var random = new CounterRandom(1, (ulong)i);
            rounds += _model.Run(ref random, _values).Rounds;
        }
        return rounds;
    }
}
