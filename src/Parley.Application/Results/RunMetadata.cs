using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>How the run was made: enough to repeat it.</summary>
/// <param name="Seed">The Monte Carlo seed.</param>
/// <param name="Runs">Monte Carlo runs per hypothesis.</param>
/// <param name="Threads">Threads used (results do not depend on it).</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
/// <param name="ScenarioSource">Where the scenario came from (a path, or the embedded default's name).</param>
public sealed record RunMetadata(ulong Seed, int Runs, int Threads, string Version, TimeSpan Elapsed, string ScenarioSource)
{
    /// <summary>The seed.</summary>
    public ulong Seed { get; } = Seed;

    /// <summary>Runs per hypothesis.</summary>
    public int Runs { get; } = Preconditions.NonNegative(Runs, "the number of runs");

    /// <summary>Threads used.</summary>
    public int Threads { get; } = Preconditions.Positive(Threads, "the number of threads");

    /// <summary>The tool's version.</summary>
    public string Version { get; } = Preconditions.Text(Version, "the version");

    /// <summary>Wall-clock time.</summary>
    public TimeSpan Elapsed { get; } = Elapsed >= TimeSpan.Zero ? Elapsed : throw new Domain.ModelException($"the elapsed time is {Elapsed}: it must be zero or more");

    /// <summary>Where the scenario came from.</summary>
    public string ScenarioSource { get; } = Preconditions.Text(ScenarioSource, "the scenario's source");

    /// <summary>True when the run was stopped (Ctrl-C) before every hypothesis finished its runs.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Monte Carlo runs per hypothesis asked for (0 when not recorded).</summary>
    public int RequestedRuns { get; init; }
}
