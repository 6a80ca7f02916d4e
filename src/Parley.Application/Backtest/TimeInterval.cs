namespace Parley.Application.Backtest;

/// <summary>
/// An interval of simulated days to the first agreement, from quantiles of the Kaplan-Meier curve.
/// A null end lies beyond the horizon: too few runs agreed within it for that quantile to be known.
/// </summary>
/// <param name="Low">The lower quantile in days, or null when it lies beyond the horizon.</param>
/// <param name="High">The upper quantile in days, or null when it lies beyond the horizon.</param>
public readonly record struct TimeInterval(double? Low, double? High);
