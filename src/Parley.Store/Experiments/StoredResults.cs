using Parley.Simulation;
using Parley.Store.Database;

namespace Parley.Store.Experiments;

/// <summary>Stored runs read back as Monte Carlo results, one per point, equal to the results that were stored.</summary>
internal static class StoredResults
{
    /// <summary>The stored runs of <paramref name="point"/> as a result (the contiguous runs from 0 that are stored), named <paramref name="modelName"/> when given.</summary>
    public static MonteCarloResult Point(ExperimentStore store, ExperimentSpec spec, int point, string? modelName = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        var columns = store.Columns(spec.Id);
        var (records, values) = store.Load(spec.Id, point, columns.Count);
        var name = modelName ?? $"{spec.Scenario} [{spec.Points[point].Hypothesis}]";
        return MonteCarloResult.FromRecords(name, columns, new MonteCarloOptions(spec.Runs, spec.Seed, 1), records, values);
    }
}
