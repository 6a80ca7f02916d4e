using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// Piecewise-constant hazard estimation: the ceasefire's life is cut at given days (1, 7, 30, 90, 365 by
/// default) and each window gets its own rate, events / exposure. Ceasefires break down far more
/// often in their first weeks, which a single constant rate hides; the war process can use either.
/// </summary>
public static class PiecewiseHazard
{
    /// <summary>The default cut points in days.</summary>
    public static IReadOnlyList<double> DefaultCuts { get; } = [1, 7, 30, 90, 365];

    /// <summary>
    /// Estimates one rate per window. An observation of t days spends min(t, b) - a days in window
    /// (a, b] when t &gt; a, and its event (if any) falls in the window holding t. Windows after
    /// the last observed time (no exposure) are left out.
    /// </summary>
    public static IReadOnlyList<HazardPiece> Estimate(IReadOnlyList<SurvivalObservation> observations, IReadOnlyList<double> cuts, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(cuts);
        for (var i = 0; i < cuts.Count; i++)
        {
            if (!(cuts[i] > 0) || (i > 0 && cuts[i] <= cuts[i - 1]) || double.IsInfinity(cuts[i]))
            {
                throw new ModelException("hazard cut points must be positive, finite and increasing, e.g. 30,90,365");
            }
        }
        var pieces = new List<HazardPiece>();
        for (var k = 0; k <= cuts.Count; k++)
        {
            var from = k == 0 ? 0 : cuts[k - 1];
            double? to = k < cuts.Count ? cuts[k] : null;
            var upper = to ?? double.PositiveInfinity;
            var exposure = 0.0;
            var events = 0;
            foreach (var o in observations)
            {
                if (o.Time <= from)
                {
                    continue;
                }
                exposure += Math.Min(o.Time, upper) - from;
                if (o.IsEvent && o.Time <= upper)
                {
                    events++;
                }
            }
            if (exposure <= 0)
            {
                break;
            }
            pieces.Add(new HazardPiece(from, to, events, exposure, Intervals.PoissonRate(events, exposure, confidence)));
        }
        return pieces;
    }

    /// <summary>
    /// The time at which cumulative hazard reaches <paramref name="target"/> under the rates
    /// <paramref name="rates"/> (one per piece of <paramref name="pieces"/>); infinity if never.
    /// </summary>
    public static double InvertCumulative(IReadOnlyList<HazardPiece> pieces, ReadOnlySpan<double> rates, double target)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var cumulative = 0.0;
        for (var k = 0; k < pieces.Count; k++)
        {
            var from = pieces[k].FromDay;
            // The last estimated window extends to infinity.
            var to = k == pieces.Count - 1 ? double.PositiveInfinity : pieces[k].ToDay ?? double.PositiveInfinity;
            var rate = rates[k];
            var width = to - from;
            var add = rate * width;
            if (cumulative + add >= target)
            {
                return rate > 0 ? from + ((target - cumulative) / rate) : double.PositiveInfinity;
            }
            cumulative += add;
        }
        return double.PositiveInfinity;
    }
}
