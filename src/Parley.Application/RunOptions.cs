namespace Parley.Application;

/// <summary>How big a run of a whole scenario is.</summary>
public sealed record RunOptions
{
    /// <summary>Monte Carlo runs per hypothesis (default 2,000: the default scenario finishes well within a minute).</summary>
    public int Runs { get; init; } = 2000;

    /// <summary>The seed; the same seed gives the same output.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Worker threads (default: all cores); results do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>Runs averaged for the per-round charts (the first runs of the same streams).</summary>
    public int TraceRuns { get; init; } = 300;

    /// <summary>Days after which the simulated war stops being reported (null: the scenario's horizon_days).</summary>
    public double? HorizonDays { get; init; }

    /// <summary>Whether to simulate the war (false: the analysis and the mediated talks only, as for a scenario without a war).</summary>
    public bool Simulate { get; init; } = true;

    /// <summary>The hypotheses to run, in this order (null: every hypothesis of the scenario).</summary>
    public IReadOnlyList<string>? Hypotheses { get; init; }

    /// <summary>Folder of the conflict datasets for hazards estimated from data as the host found it (null: none, and the stated defaults are used).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>When <see cref="DataDirectory"/> is null, why (stated where a hazard falls back to its default).</summary>
    public string? WhyNoData { get; init; }

    /// <summary>How the Monte Carlo of one hypothesis is computed (null: in memory); a host that records runs passes one that reads and writes its store.</summary>
    public HypothesisMonteCarlo? MonteCarlo { get; init; }
}
