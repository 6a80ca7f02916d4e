namespace Parley.Simulation;

/// <summary>
/// A counter of finished runs that the runner updates from its worker threads and a host (a progress
/// bar) reads from another thread.
/// </summary>
public sealed class SimulationProgress
{
    private long _completed;

    /// <summary>Runs finished so far (in any order).</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Counts <paramref name="runs"/> more finished runs (also runs found already done, e.g. in a store).</summary>
    public void Add(long runs) => Interlocked.Add(ref _completed, runs);
}
