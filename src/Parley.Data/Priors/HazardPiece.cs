using Parley.Data.Statistics;

namespace Parley.Data.Priors;

/// <summary>
/// The hazard in one window of a ceasefire's life, (<see cref="FromDay"/>, <see cref="ToDay"/>]:
/// events in the window over days in force spent in it, with an exact Poisson interval.
/// </summary>
/// <param name="FromDay">Start of the window (exclusive).</param>
/// <param name="ToDay">End of the window (inclusive); null for the open last window.</param>
/// <param name="Events">Events in the window.</param>
/// <param name="ExposureDays">Days in force spent in the window, over all ceasefires.</param>
/// <param name="PerDay">Hazard per day with its interval.</param>
public sealed record HazardPiece(double FromDay, double? ToDay, int Events, double ExposureDays, Interval PerDay);
