using Parley.Conflict.WarProcess;
using Parley.Simulation;

namespace Parley.Application;

/// <summary>
/// Computes the Monte Carlo of one hypothesis for <see cref="ScenarioRun"/>: the same runs as
/// <see cref="MonteCarloRunner.Run{TModel}"/> with <paramref name="options"/>, however they are obtained (an
/// experiment store resumes a run and records it).
/// </summary>
/// <param name="hypothesis">The hypothesis.</param>
/// <param name="model">Its run model.</param>
/// <param name="options">Runs, seed and threads.</param>
/// <param name="progress">Counts finished runs.</param>
/// <param name="cancellationToken">Stops early, keeping the finished prefix.</param>
public delegate MonteCarloResult HypothesisMonteCarlo(string hypothesis, ScenarioWarModel model, MonteCarloOptions options, SimulationProgress progress, CancellationToken cancellationToken);
