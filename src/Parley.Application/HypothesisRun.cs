using Parley.Analysis;
using Parley.Conflict.WarProcess;
using Parley.Domain.Scenarios;
using Parley.Simulation;
using Parley.Simulation.Summaries;
using Parley.Conflict.Scenarios;

namespace Parley.Application;

/// <summary>Everything a run computed for one hypothesis.</summary>
/// <param name="Name">The hypothesis.</param>
/// <param name="Description">What it asserts.</param>
/// <param name="Scenario">The scenario under it.</param>
/// <param name="Analysis">The static bargaining analysis.</param>
/// <param name="MonteCarlo">The Monte Carlo of the war process, when the scenario has one.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Trace">Per-round means for charts.</param>
/// <param name="Model">The war-process model simulated.</param>
/// <param name="Negotiation">
/// The talks shown beside the analysis: with a war section, the first episode of talks of run 0 of the
/// Monte Carlo (the negotiation engine's own result, with its trace); without one, a mediated
/// negotiation on the stated reservation values. Null when an unlimited aim rules talks out or run 0 has none.
/// </param>
/// <param name="Talks">Where and when that episode ran, with a war section.</param>
public sealed record HypothesisRun(
    string Name,
    string? Description,
    Scenario Scenario,
    AnalysisResult Analysis,
    MonteCarloResult? MonteCarlo,
    SimulationSummary? Summary,
    RoundTrace? Trace,
    ScenarioWarModel? Model,
    Negotiation.NegotiationResult? Negotiation = null,
    FirstTalks? Talks = null);
