using Parley.Data.Statistics;

namespace Parley.Data.Survival;

/// <summary>
/// The one-sample log-rank test of observed durations against a fully specified survival curve
/// (Breslow 1975; Finkelstein, Muzikansky and Schoenfeld 2003): O = events observed, E = Σ H(tᵢ) over
/// every subject's time on study (events and censored), statistic (O − E)² / E ~ χ²(1). It compares the
/// whole curve, not one point: E is what the curve predicts for exactly the follow-up observed.
/// </summary>
/// <param name="Observed">Events observed.</param>
/// <param name="Expected">Events the curve predicts.</param>
/// <param name="Statistic">(O − E)² / E.</param>
/// <param name="PValue">P(χ²(1) &gt; statistic).</param>
public sealed record OneSampleLogRank(int Observed, double Expected, double Statistic, double PValue)
{
    /// <summary>Tests <paramref name="observations"/> against the cumulative hazard <paramref name="cumulativeHazard"/>.</summary>
    public static OneSampleLogRank Test(IEnumerable<SurvivalObservation> observations, Func<double, double> cumulativeHazard)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(cumulativeHazard);
        var observed = 0;
        var expected = 0.0;
        foreach (var o in observations)
        {
            observed += o.IsEvent ? 1 : 0;
            expected += cumulativeHazard(o.Time);
        }
        var statistic = expected > 0 ? (observed - expected) * (observed - expected) / expected : double.NaN;
        return new OneSampleLogRank(observed, expected, statistic, expected > 0 ? ChiSquared.Survival(statistic, 1) : double.NaN);
    }
}
