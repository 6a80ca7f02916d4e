using Parley.Application;
using Parley.Store.Database;
using Parley.Store.Experiments;

namespace Parley.Cluster.Silos;

/// <summary>
/// What the grains of one silo share: its settings, a gate that runs one unit at a time (each on the
/// silo's worker threads), the scenarios already read for recent experiments, and the silo's stopping
/// token, which stops a unit between batches.
/// </summary>
internal sealed class SiloWork(SiloSettings settings, string name, CancellationToken stopping)
{
    private const int KeptExperiments = 4;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<(string Key, ExperimentSpec Spec, PointScenarios Scenarios)> _recent = [];

    /// <summary>The silo's name (its address), reported with each unit.</summary>
    public string Name { get; } = name;

    /// <summary>Cancelled when the silo stops.</summary>
    public CancellationToken Stopping { get; } = stopping;

    /// <summary>Runs unit <paramref name="unit"/> of the experiment into the store, waiting for the units before it on this silo.</summary>
    public async Task<ExperimentProgress> RunAsync(string specJson, string scenarioName, string scenarioText, int unit, int batch)
    {
        await _gate.WaitAsync(Stopping).ConfigureAwait(false);
        try
        {
            return await Task.Run(() =>
            {
                var (spec, scenarios) = Experiment(specJson, scenarioName, scenarioText);
                var units = WorkUnit.Of(spec, batch);
                var what = $"unit {unit + 1} of {units.Count} of experiment {spec.Id}";
                settings.Report?.Invoke($"{what}: started");
                // The submitter registered the experiment before sending its units.
                using var store = ExperimentStore.Open(settings.Store);
                var done = ExperimentRunner.Run(store, spec, scenarios, new Shard(unit, units.Count), settings.Threads, batch, null, Stopping);
                settings.Report?.Invoke(done.Done == done.Total
                    ? $"{what}: {done.Done - done.Skipped:N0} runs stored, {done.Skipped:N0} found stored"
                    : $"{what}: stopped, {done.Done:N0} of {done.Total:N0} runs stored");
                return done;
            }, Stopping).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private (ExperimentSpec Spec, PointScenarios Scenarios) Experiment(string specJson, string scenarioName, string scenarioText)
    {
        var key = ExperimentSpec.Hash(specJson + "\n" + scenarioText);
        lock (_lock)
        {
            var found = _recent.FindIndex(r => r.Key == key);
            if (found >= 0)
            {
                return (_recent[found].Spec, _recent[found].Scenarios);
            }
            var spec = ExperimentSpec.FromJson(specJson);
            if (settings.CodeVersion is { } version && spec.CodeVersion != version)
            {
                throw new Domain.InputException(spec.Scenario, null, null,
                    $"the silo {Name} runs Parley {version}, but the sweep was submitted by Parley {spec.CodeVersion}: run the silos and the submitting machine on the same build, as the experiment's id names the code that simulates it");
            }
            var scenarios = new PointScenarios(ScenarioSource.FromText(scenarioText, scenarioName), settings.DataDirectory, settings.WhyNoData, spec.HorizonDays);
            _recent.Add((key, spec, scenarios));
            if (_recent.Count > KeptExperiments)
            {
                _recent.RemoveAt(0);
            }
            return (spec, scenarios);
        }
    }
}
