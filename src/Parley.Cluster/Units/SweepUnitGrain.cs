using Parley.Cluster.Silos;
using Parley.Domain;
using Parley.Store.Experiments;

namespace Parley.Cluster.Units;

/// <summary>
/// Runs one unit of a sweep on the silo it is activated on, through the same
/// <see cref="ExperimentRunner"/> as a local sweep, so its rows are those a single process writes. Bad
/// input comes back as <see cref="SweepUnitOutcome.Error"/> (retrying will not cure it). If the silo is
/// lost mid-unit, the unit's next call activates it on another silo, which resumes from the batches
/// already stored.
/// </summary>
[Orleans.Placement.ActivationCountBasedPlacement]
internal sealed class SweepUnitGrain(SiloWork work) : Grain, ISweepUnitGrain
{
    /// <summary>How long one call waits for the unit before reporting it still running.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    private Task<ExperimentProgress>? _running;

    public async Task<SweepUnitOutcome> Run(SweepUnitWork request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _running ??= work.RunAsync(request.SpecJson, request.ScenarioName, request.ScenarioText, request.Unit, request.Batch);
        await Task.WhenAny(_running, Task.Delay(Wait, work.Stopping)).ConfigureAwait(true);
        if (!_running.IsCompleted)
        {
            return new SweepUnitOutcome { Silo = work.Name, Running = true };
        }
        var running = _running;
        _running = null;
        // One activation per unit while it runs: the placement's activation counts are the silos' loads.
        DeactivateOnIdle();
        try
        {
            var done = await running.ConfigureAwait(true);
            return new SweepUnitOutcome { Done = done.Done, Skipped = done.Skipped, Complete = done.Done == done.Total, Silo = work.Name };
        }
        catch (InputException ex)
        {
            return new SweepUnitOutcome { Silo = work.Name, Error = ex.Message };
        }
        catch (OperationCanceledException) when (work.Stopping.IsCancellationRequested)
        {
            // The silo is leaving: the unit is not complete, and its next call runs it elsewhere.
            return new SweepUnitOutcome { Silo = work.Name };
        }
    }
}
