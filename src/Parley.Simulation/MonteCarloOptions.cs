using Parley.Domain;

namespace Parley.Simulation;

/// <summary>How many runs to simulate, under which seed, on how many threads.</summary>
public sealed record MonteCarloOptions
{
    /// <summary>Creates and validates the options.</summary>
    /// <param name="runs">Number of runs (at least 1).</param>
    /// <param name="seed">Master seed: run i draws from <c>CounterRandom(seed, i)</c>.</param>
    /// <param name="threads">Worker threads (at least 1); null for every core.</param>
    public MonteCarloOptions(int runs, ulong seed = 1, int? threads = null)
    {
        if (runs < 1)
        {
            throw new ModelException($"runs is {runs}: simulate at least 1 run");
        }
        if (threads is < 1)
        {
            throw new ModelException($"threads is {threads}: use at least 1 thread");
        }
        Runs = runs;
        Seed = seed;
        Threads = threads ?? Environment.ProcessorCount;
    }

    /// <summary>Number of runs.</summary>
    public int Runs { get; }

    /// <summary>The master seed.</summary>
    public ulong Seed { get; }

    /// <summary>Worker threads.</summary>
    public int Threads { get; }

    /// <summary>
    /// The run index of the first run (default 0): runs <c>FirstRun .. FirstRun + Runs - 1</c> are simulated,
    /// each from <c>CounterRandom(seed, index)</c>, so a range of runs equals the same slice of a full simulation
    /// (shards and resumed simulations).
    /// </summary>
    public int FirstRun
    {
        get;
        init => field = value >= 0 ? value : throw new ModelException($"first run is {value}: run indices start at 0");
    }
}
