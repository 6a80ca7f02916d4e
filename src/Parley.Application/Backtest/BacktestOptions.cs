namespace Parley.Application.Backtest;

/// <summary>How a backtest runs each case.</summary>
public sealed record BacktestOptions
{
    /// <summary>Monte Carlo runs per case.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The seed; the same seed gives the same scores.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Worker threads (default: all cores); results do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>The hypothesis to simulate in every case; null (or "default") for each scenario's <c>observed.hypothesis</c>, or else its first.</summary>
    public string? Hypothesis { get; init; }

    /// <summary>Folder of the conflict datasets for hazards estimated from data, as the host found it (null: none).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>When <see cref="DataDirectory"/> is null, why.</summary>
    public string? WhyNoData { get; init; }
}
