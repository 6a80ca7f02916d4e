using Parley.Cluster.Units;
using Parley.Domain;
using Parley.Store.Experiments;

namespace Parley.Cluster.Submission;

/// <summary>
/// Runs a sweep on a cluster: splits it into the same units as a local sweep (<see cref="WorkUnit.Of"/>),
/// submits each as a grain call, a few per silo at a time, and calls again a unit whose silo was lost
/// (Orleans activates it on a surviving silo, and the batches already stored are kept). Every unit runs
/// through <see cref="ExperimentRunner"/> into the shared store, so the stored rows are those of one
/// process. The experiment must be registered in the store first.
/// </summary>
public static class ClusterSweep
{
    /// <summary>Failed calls of one unit in a row before the sweep gives up on it.</summary>
    public const int MaxAttempts = 20;

    /// <summary>
    /// Submits every unit of <paramref name="spec"/> and returns when all have run or, once
    /// <paramref name="cancellationToken"/> is cancelled, when the units already submitted have come back.
    /// </summary>
    public static async Task<ClusterSweepProgress> RunAsync(
        ClusterConnection cluster,
        ExperimentSpec spec,
        string scenarioName,
        string scenarioText,
        int batch,
        Action<ClusterSweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(spec);
        var units = WorkUnit.Of(spec, batch);
        var specJson = spec.ToJson();
        var state = new ClusterSweepProgress(spec.Id, units.Sum(u => (long)u.Runs), 0, 0, 0, units.Count, 0, await cluster.ActiveSilosAsync().ConfigureAwait(false));
        progress?.Invoke(state);
        var running = new List<Task<(SweepUnitOutcome Outcome, int Retries)>>();
        var next = 0;
        string? error = null;
        while (true)
        {
            // Two units per silo: one running, one waiting, so that no silo idles between units.
            while (error is null && !cancellationToken.IsCancellationRequested && next < units.Count && running.Count < 2 * Math.Max(1, state.Silos))
            {
                var work = new SweepUnitWork { SpecJson = specJson, ScenarioName = scenarioName, ScenarioText = scenarioText, Unit = next, Batch = batch };
                running.Add(RunUnitAsync(cluster.Client.GetGrain<ISweepUnitGrain>($"{spec.Id}/{batch}/{next}"), work, cancellationToken));
                next++;
            }
            if (running.Count == 0)
            {
                break;
            }
            var finished = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(finished);
            var (outcome, retries) = await finished.ConfigureAwait(false);
            error ??= outcome.Error;
            state = state with
            {
                Done = state.Done + (outcome.Complete ? outcome.Done : 0),
                Skipped = state.Skipped + (outcome.Complete ? outcome.Skipped : 0),
                UnitsDone = state.UnitsDone + (outcome.Complete ? 1 : 0),
                Retries = state.Retries + retries,
                Silos = await ActiveSilosOrAsync(cluster, state.Silos).ConfigureAwait(false),
            };
            progress?.Invoke(state);
        }
        if (error is not null)
        {
            throw new InputException(spec.Scenario, null, null, error);
        }
        return state;
    }

    /// <summary>Calls the unit's grain until it reports the unit complete, a bad input, or the sweep is stopped; returns the outcome and the calls that failed.</summary>
    private static async Task<(SweepUnitOutcome Outcome, int Retries)> RunUnitAsync(ISweepUnitGrain grain, SweepUnitWork work, CancellationToken cancellationToken)
    {
        var failed = 0;
        var failedInARow = 0;
        while (true)
        {
            try
            {
                var outcome = await grain.Run(work).ConfigureAwait(false);
                failedInARow = 0;
                if (outcome.Complete || outcome.Error is not null)
                {
                    return (outcome, failed);
                }
                if (outcome.Running)
                {
                    // The call waited a few seconds for the unit: ask again.
                    continue;
                }
            }
            catch (Exception ex) when (ex is not InputException)
            {
                // The silo was lost (or could not reach the store): the next call activates the unit elsewhere.
                failed++;
                if (++failedInARow >= MaxAttempts)
                {
                    return (new SweepUnitOutcome { Error = $"unit {work.Unit} failed {failedInARow} times in a row: {ex.Message}" }, failed);
                }
            }
            if (cancellationToken.IsCancellationRequested)
            {
                return (new SweepUnitOutcome(), failed);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(Math.Max(1, failedInARow), 5)), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return (new SweepUnitOutcome(), failed);
            }
        }
    }

    private static async Task<int> ActiveSilosOrAsync(ClusterConnection cluster, int fallback)
    {
        try
        {
            return await cluster.ActiveSilosAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            return fallback;
        }
    }
}

/// <summary>How far a sweep on a cluster is: runs to do, stored and found stored already; units complete of all; calls repeated after a lost silo; silos active.</summary>
public sealed record ClusterSweepProgress(string Experiment, long Total, long Done, long Skipped, int UnitsDone, int Units, int Retries, int Silos);
