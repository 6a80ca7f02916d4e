using Parley.Cluster.Silos;
using Parley.Domain;

namespace Parley.Cluster.Units;

/// <summary>
/// Runs one unit of a sweep on the silo it is activated on, through the same
/// <see cref="Store.Experiments.ExperimentRunner"/> as a local sweep, so its rows are those a single
/// process writes. Bad input comes back as <see cref="SweepUnitOutcome.Error"/> (retrying will not
/// cure it); a silo lost mid-unit fails the call, and the unit's next call activates it elsewhere and
/// resumes from the batches already stored.
/// </summary>
[Orleans.Placement.ActivationCountBasedPlacement]
internal sealed class SweepUnitGrain(SiloWork work) : Grain, ISweepUnitGrain
{
    public async Task<SweepUnitOutcome> Run(SweepUnitWork request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var done = await work.RunAsync(request.SpecJson, request.ScenarioName, request.ScenarioText, request.Unit, request.Batch);
            return new SweepUnitOutcome { Done = done.Done, Skipped = done.Skipped, Complete = done.Done == done.Total, Silo = work.Name };
        }
        catch (InputException ex)
        {
            return new SweepUnitOutcome { Silo = work.Name, Error = ex.Message };
        }
        catch (OperationCanceledException) when (work.Stopping.IsCancellationRequested)
        {
            return new SweepUnitOutcome { Silo = work.Name };
        }
        finally
        {
            // One activation per unit while it runs: the placement's activation counts are the silos' loads.
            DeactivateOnIdle();
        }
    }
}
