using Parley.Application;
using Parley.Cli.Infrastructure;
using Parley.Formats.Overrides;
using Parley.Simulation;
using Parley.Store.Database;
using Parley.Store.Experiments;

namespace Parley.Cli.Commands.Store;

/// <summary>
/// Records the Monte Carlo of <c>simulate</c> or <c>run</c> in the experiment store when <c>--store</c> or
/// <c>PARLEY_STORE</c> names one: one point per hypothesis; started again, the same command resumes
/// where it stopped and gives the same result as an uninterrupted run.
/// </summary>
internal sealed class Recording : IDisposable
{
    private readonly ExperimentStore _store;
    private readonly ExperimentSpec _spec;

    private Recording(ExperimentStore store, ExperimentSpec spec)
    {
        _store = store;
        _spec = spec;
    }

    /// <summary>The recording of the simulated <paramref name="hypotheses"/> (one point each), or null when no store is named or nothing is simulated.</summary>
    public static Recording? Open(string? storeFlag, string kind, ScenarioSource source, IReadOnlyList<string> hypotheses, IReadOnlyList<ScenarioOverride> overrides, int runs, ulong seed, double? horizonDays)
    {
        if (hypotheses.Count == 0 || StoreOption.Resolve(storeFlag, always: false) is not { } target)
        {
            return null;
        }
        var spec = new ExperimentSpec
        {
            Kind = kind,
            Scenario = source.DisplayName,
            ScenarioHash = ExperimentSpec.Hash(source.Text()),
            Runs = runs,
            Seed = seed,
            CodeVersion = ParleyApp.Version,
            HorizonDays = horizonDays,
            Parameters = [.. overrides.Select(o => o.PathText).Distinct()],
            Points = [.. hypotheses.Select((h, i) => new ExperimentPoint(i, h, overrides))],
        };
        var store = ExperimentStore.Open(target);
        try
        {
            store.Register(spec, DateTimeOffset.UtcNow);
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return new Recording(store, spec);
    }

    /// <summary>
    /// Records a command without Monte Carlo runs (<c>analyze</c>, <c>negotiate</c>) when a store is named:
    /// one point per hypothesis (or the scenario), its printed JSON as the point's summary.
    /// </summary>
    public static void RecordResults(string? storeFlag, string kind, IReadOnlyList<string> files, IReadOnlyList<ScenarioOverride> overrides, ulong seed, string options, IReadOnlyList<(string Hypothesis, string Json)> results)
    {
        if (StoreOption.Resolve(storeFlag, always: false) is not { } target)
        {
            return;
        }
        var spec = new ExperimentSpec
        {
            Kind = kind,
            Scenario = string.Join(" ", files),
            ScenarioHash = ExperimentSpec.Hash(string.Concat(files.Select(File.ReadAllText))),
            Runs = 0,
            Seed = seed,
            CodeVersion = ParleyApp.Version,
            Parameters = [.. overrides.Select(o => o.PathText).Distinct()],
            Options = options,
            Points = [.. results.Select((r, i) => new ExperimentPoint(i, r.Hypothesis, overrides))],
        };
        using var store = ExperimentStore.Open(target);
        store.Register(spec, DateTimeOffset.UtcNow);
        for (var i = 0; i < results.Count; i++)
        {
            store.SaveSummary(spec.Id, i, results[i].Json);
        }
    }

    /// <summary>The experiment's id.</summary>
    public string Id => _spec.Id;

    /// <summary>Where it is recorded.</summary>
    public string Where => _store.Target.Display;

    /// <summary>Simulates (or reads back) the runs of <paramref name="hypothesis"/>.</summary>
    public MonteCarloResult Run(string hypothesis, IRunModel model, int? threads, SimulationProgress? progress, CancellationToken cancellationToken)
    {
        var point = _spec.Points.First(p => p.Hypothesis == hypothesis).Index;
        return ExperimentRunner.RunPoint(_store, _spec, point, model, threads, progress, ExperimentRunner.DefaultBatch, cancellationToken);
    }

    /// <summary>The hook for <see cref="RunOptions.MonteCarlo"/>.</summary>
    public HypothesisMonteCarlo Hook => (name, model, options, progress, token) => Run(name, model, options.Threads, progress, token);

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
