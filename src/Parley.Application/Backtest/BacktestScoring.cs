using Parley.Domain.Endings;

namespace Parley.Application.Backtest;

/// <summary>
/// The rules a backtest scores a case by. Each check on time to agreement answers true, false, or
/// null when the runs cannot decide it (a simulated quantile beyond the horizon, or an observation that
/// is itself censored), so that an undecidable case is never counted as a hit or a miss.
/// </summary>
internal static class BacktestScoring
{
    /// <summary>
    /// The multi-class Brier score of the simulated ending shares against the observed ending:
    /// Σ over every ending e of (p(e) - [e = observed])², from 0 (all runs ended as history did) to 2.
    /// Endings missing from <paramref name="shares"/> have share 0.
    /// </summary>
    public static double Brier(IReadOnlyDictionary<Ending, double> shares, Ending observed)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var sum = 0.0;
        foreach (var ending in EndingNames.All)
        {
            var p = shares.TryGetValue(ending, out var share) ? share : 0;
            var o = ending == observed ? 1.0 : 0.0;
            sum += (p - o) * (p - o);
        }
        return sum;
    }

    /// <summary>
    /// Whether the observed days lie within a factor of <paramref name="factor"/> of the simulated
    /// median: median / factor ≤ observed ≤ median × factor, ends included. A null
    /// <paramref name="median"/> lies beyond <paramref name="horizonDays"/>; a censored observation
    /// means only that agreement came after <paramref name="observedDays"/>.
    /// </summary>
    public static bool? WithinFactor(double? median, double observedDays, bool censored, double horizonDays, double factor = 2)
    {
        if (median is { } m)
        {
            if (!censored)
            {
                return observedDays >= m / factor && observedDays <= m * factor;
            }
            // History agreed after observedDays: a miss for sure only if that is already past m × factor.
            return observedDays >= m * factor ? false : null;
        }
        // The median lies beyond the horizon: a miss for sure only if the observation lies below horizon / factor.
        return !censored && observedDays < horizonDays / factor ? false : null;
    }

    /// <summary>
    /// Whether the observed days lie inside <paramref name="interval"/> (ends included; a null end lies
    /// beyond <paramref name="horizonDays"/>). A censored observation is decided only when it already
    /// lies at or past the interval's upper end.
    /// </summary>
    public static bool? Inside(TimeInterval interval, double observedDays, bool censored, double horizonDays)
    {
        if (censored)
        {
            return interval.High is { } high && observedDays >= high ? false : null;
        }
        if (interval.Low is not { } low)
        {
            // Both ends lie beyond the horizon.
            return observedDays <= horizonDays ? false : null;
        }
        if (observedDays < low)
        {
            return false;
        }
        if (interval.High is { } hi)
        {
            return observedDays <= hi;
        }
        return observedDays <= horizonDays ? true : null;
    }
}
