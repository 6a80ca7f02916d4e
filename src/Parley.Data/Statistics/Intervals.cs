using Parley.Domain;

namespace Parley.Data.Statistics;

/// <summary>Confidence intervals for proportions and Poisson rates.</summary>
internal static class Intervals
{
    /// <summary>Checks a confidence level is strictly between 0 and 1.</summary>
    public static void CheckConfidence(double confidence)
    {
        if (!(confidence is > 0 and < 1))
        {
            throw new ModelException($"confidence {confidence} is out of range: use a level between 0 and 1, e.g. 0.95");
        }
    }

    /// <summary>
    /// The Wilson score interval for a proportion <paramref name="successes"/> / <paramref name="trials"/>:
    /// (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
    /// </summary>
    public static Interval Wilson(int successes, int trials, double confidence = 0.95)
    {
        CheckConfidence(confidence);
        if (trials < 0 || successes < 0 || successes > trials)
        {
            throw new ModelException($"{successes} successes in {trials} trials is impossible: counts must satisfy 0 <= k <= n");
        }
        if (trials == 0)
        {
            return new Interval(double.NaN, 0, 1, confidence);
        }
        var z = Normal.Quantile(1 - ((1 - confidence) / 2));
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half), confidence);
    }

    /// <summary>
    /// The exact (Garwood) interval for a Poisson rate: <paramref name="events"/> over
    /// <paramref name="exposure"/>, with bounds χ²(α/2; 2d) / 2T and χ²(1-α/2; 2d+2) / 2T
    /// (the lower bound is 0 when there are no events). Equivalently Gamma quantiles of the count.
    /// </summary>
    public static Interval PoissonRate(int events, double exposure, double confidence = 0.95)
    {
        CheckConfidence(confidence);
        if (events < 0)
        {
            throw new ModelException($"{events} events is impossible: the count must be 0 or more");
        }
        if (!(exposure > 0) || double.IsInfinity(exposure))
        {
            throw new ModelException($"exposure {exposure} is not usable: a rate needs a positive, finite exposure");
        }
        var alpha = 1 - confidence;
        var lower = events == 0 ? 0 : Gamma.InverseP(events, alpha / 2) / exposure;
        var upper = Gamma.InverseP(events + 1, 1 - (alpha / 2)) / exposure;
        return new Interval(events / exposure, lower, upper, confidence);
    }
}
