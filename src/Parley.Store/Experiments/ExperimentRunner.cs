using Parley.Simulation;
using Parley.Simulation.Summaries;
using Parley.Store.Database;

namespace Parley.Store.Experiments;

/// <summary>
/// Runs an experiment's share of work into the store: each unit not yet stored is simulated (its run
/// indices drawing the same streams as in one big simulation) and written in one transaction; a unit
/// already stored is skipped, so a killed run started again continues where it stopped and a unit is
/// never written twice. A point whose runs are all stored gets its summary.
/// </summary>
public static class ExperimentRunner
{
    /// <summary>Runs per unit by default: a kill loses at most this many runs of work.</summary>
    public const int DefaultBatch = 10_000;

    /// <summary>Runs the units of <paramref name="shard"/>; returns what was done.</summary>
    public static ExperimentProgress Run(
        ExperimentStore store,
        ExperimentSpec spec,
        PointScenarios scenarios,
        Shard shard,
        int? threads,
        int batch = DefaultBatch,
        Action<ExperimentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(scenarios);
        var units = shard.Select(WorkUnit.Of(spec, batch)).ToList();
        var total = new ExperimentProgress(spec.Id, units.Sum(u => (long)u.Runs), 0, 0);
        progress?.Invoke(total);
        // Point by point, so that a point simulated whole here is summarised from memory and then let go.
        foreach (var group in units.GroupBy(u => u.Point))
        {
            var model = scenarios.Model(spec.Points[group.Key]);
            var simulated = new List<(int Point, MonteCarloResult Result)>();
            var before = total;
            var done = RunUnits(store, spec, [.. group], _ => model, threads, null,
                p => progress?.Invoke(before with { Done = before.Done + p.Done, Skipped = before.Skipped + p.Skipped }), cancellationToken, simulated);
            total = before with { Done = before.Done + done.Done, Skipped = before.Skipped + done.Skipped };
            if (done.Done < done.Total)
            {
                break;
            }
            var parts = simulated.Select(x => x.Result).ToList();
            if (parts.Sum(p => p.Runs) == spec.Runs)
            {
                if (store.Summary(spec.Id, group.Key) is null)
                {
                    store.SaveSummary(spec.Id, group.Key, SummaryJsonWriter.ToJson(SimulationSummary.Of(Concatenate(model.Name, model.Columns, spec, parts)), null));
                }
            }
            else
            {
                Summarise(store, spec, group.Key, model.Name);
            }
        }
        return total;
    }

    /// <summary>
    /// Runs every unit of one point with <paramref name="model"/> and returns the point's stored runs as a
    /// result (the same as an in-memory simulation of them; fewer runs when stopped early).
    /// </summary>
    public static MonteCarloResult RunPoint(
        ExperimentStore store,
        ExperimentSpec spec,
        int point,
        IRunModel model,
        int? threads,
        SimulationProgress? progress = null,
        int batch = DefaultBatch,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(model);
        var units = WorkUnit.Of(spec, batch).Where(u => u.Point == point).ToList();
        var simulated = new List<(int Point, MonteCarloResult Result)>();
        var done = RunUnits(store, spec, units, _ => model, threads, progress, null, cancellationToken, simulated);
        // Every unit simulated here: the result is already in memory; otherwise read the stored runs.
        var result = done.Skipped == 0 && done.Done == done.Total
            ? Concatenate(model.Name, model.Columns, spec, [.. simulated.Select(s => s.Result)])
            : StoredResults.Point(store, spec, point, model.Name);
        if (result.Runs == spec.Runs && store.Summary(spec.Id, point) is null)
        {
            store.SaveSummary(spec.Id, point, SummaryJsonWriter.ToJson(SimulationSummary.Of(result), null));
        }
        return result;
    }

    private static MonteCarloResult Concatenate(string name, IReadOnlyList<RunValueColumn> columns, ExperimentSpec spec, List<MonteCarloResult> parts)
    {
        var width = columns.Count;
        var records = new RunRecord[parts.Sum(p => p.Runs)];
        var values = new double[records.Length * width];
        var at = 0;
        foreach (var part in parts)
        {
            part.RecordSpan.CopyTo(records.AsSpan(at));
            for (var i = 0; i < part.Runs; i++)
            {
                part.ValuesOf(i).CopyTo(values.AsSpan((at + i) * width, width));
            }
            at += part.Runs;
        }
        return MonteCarloResult.FromRecords(name, columns, new MonteCarloOptions(spec.Runs, spec.Seed, 1), records, values);
    }

    /// <summary>Records the summary of <paramref name="point"/> when all its runs are stored and it has none yet.</summary>
    public static void Summarise(ExperimentStore store, ExperimentSpec spec, int point, string? modelName)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        if (store.Summary(spec.Id, point) is not null || store.StoredRuns(spec.Id, point, 0, spec.Runs) != spec.Runs)
        {
            return;
        }
        store.SaveSummary(spec.Id, point, SummaryJsonWriter.ToJson(SimulationSummary.Of(StoredResults.Point(store, spec, point, modelName)), null));
    }

    private static ExperimentProgress RunUnits(
        ExperimentStore store,
        ExperimentSpec spec,
        IReadOnlyList<WorkUnit> units,
        Func<WorkUnit, IRunModel> modelOf,
        int? threads,
        SimulationProgress? runProgress,
        Action<ExperimentProgress>? progress,
        CancellationToken cancellationToken,
        List<(int Point, MonteCarloResult Result)>? simulated = null)
    {
        var id = spec.Id;
        var done = new ExperimentProgress(id, units.Sum(u => (long)u.Runs), 0, 0);
        progress?.Invoke(done);
        foreach (var unit in units)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            if (store.StoredRuns(id, unit.Point, unit.First, unit.Runs) == unit.Runs)
            {
                done = done with { Done = done.Done + unit.Runs, Skipped = done.Skipped + unit.Runs };
                runProgress?.Add(unit.Runs);
                progress?.Invoke(done);
                continue;
            }
            var options = new MonteCarloOptions(unit.Runs, spec.Seed, threads) { FirstRun = unit.First };
            var result = MonteCarloRunner.Run(modelOf(unit), options, runProgress, cancellationToken);
            if (!result.IsComplete)
            {
                break;
            }
            store.Insert(id, unit.Point, result);
            simulated?.Add((unit.Point, result));
            done = done with { Done = done.Done + unit.Runs };
            progress?.Invoke(done);
        }
        return done;
    }
}

/// <summary>How far an experiment's share of work is: runs to do, done (stored by this or an earlier process) and skipped as already stored.</summary>
public sealed record ExperimentProgress(string Experiment, long Total, long Done, long Skipped);
