namespace Parley.Cluster.Units;

/// <summary>
/// The grain that runs one unit of a sweep, keyed by experiment, batch and unit
/// (<c>experiment/batch/unit</c>): calls for the same unit meet at one activation, and a unit whose silo died
/// is activated again on a surviving silo by the next call.
/// </summary>
public interface ISweepUnitGrain : IGrainWithStringKey
{
    /// <summary>Runs the unit into the silo's store (skipping runs already stored).</summary>
    [ResponseTimeout("01:00:00")]
    Task<SweepUnitOutcome> Run(SweepUnitWork work);
}
