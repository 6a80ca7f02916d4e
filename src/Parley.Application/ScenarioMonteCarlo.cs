using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;
using Parley.Simulation;

namespace Parley.Application;

/// <summary>
/// The Monte Carlo of one hypothesis of a scenario's war process: the one place that builds the run
/// model from a scenario, shared by <c>parley simulate</c>, <c>parley run</c> and the backtest.
/// </summary>
public static class ScenarioMonteCarlo
{
    /// <summary>
    /// The scenario as it is simulated: its ceasefire hazard estimated from the datasets when it asks
    /// for that (<paramref name="dataDirectory"/> as the host found it, or null with the reason), and its
    /// horizon replaced by <paramref name="horizonDays"/> when given.
    /// </summary>
    public static Scenario Prepare(Scenario scenario, string? dataDirectory, string? whyNoData, double? horizonDays) =>
        Horizon.Override(HazardFromData.Resolve(scenario, dataDirectory, whyNoData), horizonDays);

    /// <summary>
    /// The hypotheses a run of <paramref name="scenario"/> simulates: those with a war process (all of
    /// them when the scenario has a war section, none otherwise). The others are analysed and negotiated
    /// only, so an experiment recorded from a run has a point for each of these and no other.
    /// </summary>
    public static IReadOnlyList<string> SimulatedHypotheses(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. scenario.HypothesisNames.Where(h => scenario.WithHypothesis(h).War is not null)];
    }

    /// <summary>The run model of <paramref name="scenario"/> under <paramref name="hypothesis"/> (a <see cref="Domain.ModelException"/> when it has no war section or no such hypothesis).</summary>
    public static ScenarioWarModel Model(Scenario scenario, string hypothesis)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScenarioWarModel(scenario.WithHypothesis(hypothesis), hypothesis);
    }

    /// <summary>Simulates <paramref name="options"/>.Runs runs of <paramref name="hypothesis"/> (deterministic for a seed, for any thread count).</summary>
    public static MonteCarloResult Run(
        Scenario scenario,
        string hypothesis,
        MonteCarloOptions options,
        SimulationProgress? progress = null,
        CancellationToken cancellationToken = default) =>
        MonteCarloRunner.Run(Model(scenario, hypothesis), options, progress, cancellationToken);
}
