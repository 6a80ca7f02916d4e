namespace Parley.Cluster.Units;

/// <summary>
/// The grain that runs one unit of a sweep, keyed by experiment, batch and unit
/// (<c>experiment/batch/unit</c>): calls for the same unit meet at one activation, and a unit whose
/// silo died is activated again on a surviving silo by the next call.
/// </summary>
public interface ISweepUnitGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the unit unless it is running or done, waits a few seconds for it, and says how it stands:
    /// call again until it is complete. Each call is short, so a call to a lost silo fails within its
    /// timeout instead of waiting for a unit that will never finish.
    /// </summary>
    [ResponseTimeout("00:00:10")]
    Task<SweepUnitOutcome> Run(SweepUnitWork work);
}
