namespace Parley.Data.Priors;

/// <summary>The outcome of simulating ceasefire durations.</summary>
/// <param name="Durations">Days each simulated ceasefire held (capped at the horizon), in run order.</param>
/// <param name="HorizonDays">The horizon; ceasefires lasting that long count as still holding.</param>
/// <param name="StillHolding">Runs that reached the horizon.</param>
public sealed record SimulatedCeasefires(IReadOnlyList<double> Durations, double HorizonDays, int StillHolding)
{
    /// <summary>Mean days held (capped at the horizon).</summary>
    public double MeanDays => Durations.Average();

    /// <summary>Share of runs still holding after <paramref name="days"/>.</summary>
    public double HoldingAfter(double days) => (double)Durations.Count(d => d > days) / Durations.Count;
}
