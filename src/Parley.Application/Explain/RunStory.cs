using Parley.Conflict.WarProcess;
using Parley.Simulation;

namespace Parley.Application.Explain;

/// <summary>
/// One run of a scenario's war process told round by round (<c>parley simulate --explain RUN</c>): run
/// <see cref="Run"/> of the Monte Carlo with <see cref="Seed"/>, replayed on its own random stream.
/// </summary>
/// <param name="Model">The model's name (scenario and hypothesis).</param>
/// <param name="Seed">The Monte Carlo's seed.</param>
/// <param name="Run">The run's index (0-based).</param>
/// <param name="Record">The run's record, the same as the Monte Carlo's for that index.</param>
/// <param name="Lines">Its steps in order.</param>
public sealed record RunStory(string Model, ulong Seed, int Run, RunRecord Record, IReadOnlyList<RunStoryLine> Lines)
{
    /// <summary>Replays run <paramref name="run"/> of <paramref name="model"/>'s Monte Carlo with <paramref name="seed"/> and tells it.</summary>
    public static RunStory Tell(ScenarioWarModel model, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(model);
        var teller = new RunStoryTeller(model);
        var record = model.Explain(seed, run, teller);
        teller.End(record);
        return new RunStory(model.Name, seed, run, record, teller.Lines);
    }
}
