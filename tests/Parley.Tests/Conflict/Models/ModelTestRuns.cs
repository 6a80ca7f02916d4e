using Parley.Conflict.Models;
using Parley.Simulation;
using Parley.Simulation.Summaries;

namespace Parley.Tests.Conflict.Models;

/// <summary>Helpers: run a preset with some parameters changed and summarise it.</summary>
internal static class ModelTestRuns
{
    public static MonteCarloResult Run(string model, int runs, ulong seed = 7, params (string Name, double Value)[] parameters)
    {
        var descriptor = ModelCatalog.Find(model);
        var given = parameters.ToDictionary(p => p.Name, p => p.Value);
        return MonteCarloRunner.Run(descriptor.Create(descriptor.Resolve(given)), new MonteCarloOptions(runs, seed));
    }

    public static SimulationSummary Summary(string model, int runs, ulong seed = 7, params (string Name, double Value)[] parameters) =>
        SimulationSummary.Of(Run(model, runs, seed, parameters));
}
