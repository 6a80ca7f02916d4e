using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>The Kaplan-Meier (product-limit) estimator with Greenwood confidence intervals.</summary>
public static class KaplanMeier
{
    /// <summary>
    /// Estimates the survival curve of <paramref name="observations"/>. At a time with both events
    /// and censorings, the events come first (censored subjects count as at risk), the usual convention.
    /// </summary>
    public static KaplanMeierCurve Estimate(IEnumerable<SurvivalObservation> observations, double confidence = 0.95, ConfidenceBand band = ConfidenceBand.LogLog)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Intervals.CheckConfidence(confidence);
        var data = observations.ToArray();
        if (data.Length == 0)
        {
            throw new ModelException("a survival curve needs at least one observation: the selection is empty");
        }
        Array.Sort(data, static (a, b) => a.Time.CompareTo(b.Time));
        var z = Normal.Quantile(1 - ((1 - confidence) / 2));
        var steps = new List<KaplanMeierStep>();
        var atRisk = data.Length;
        var survival = 1.0;
        var greenwood = 0.0;
        var totalEvents = 0;
        var i = 0;
        while (i < data.Length)
        {
            var time = data[i].Time;
            int events = 0, censored = 0;
            while (i < data.Length && data[i].Time == time)
            {
                if (data[i].IsEvent)
                {
                    events++;
                }
                else
                {
                    censored++;
                }
                i++;
            }
            if (events > 0)
            {
                survival *= 1 - ((double)events / atRisk);
                greenwood = events < atRisk ? greenwood + (events / ((double)atRisk * (atRisk - events))) : double.PositiveInfinity;
            }
            var (se, lower, upper) = Bounds(survival, greenwood, z, band);
            steps.Add(new KaplanMeierStep(time, atRisk, events, censored, survival, se, lower, upper));
            totalEvents += events;
            atRisk -= events + censored;
        }
        return new KaplanMeierCurve(steps, data.Select(d => d.Time).ToArray(), totalEvents, confidence, band);
    }

    // Greenwood: Var S = S² Σ, so SE(S) = S √Σ and SE(ln S) = √Σ.
    private static (double Se, double Lower, double Upper) Bounds(double s, double sum, double z, ConfidenceBand band)
    {
        if (s <= 0 || double.IsPositiveInfinity(sum))
        {
            return (0, 0, 0);
        }
        var sdLog = Math.Sqrt(sum);
        var se = s * sdLog;
        if (sum == 0 || s >= 1)
        {
            return (se, s, s);
        }
        return band switch
        {
            ConfidenceBand.Plain => (se, Math.Max(0, s - (z * se)), Math.Min(1, s + (z * se))),
            ConfidenceBand.Log => (se, s * Math.Exp(-z * sdLog), Math.Min(1, s * Math.Exp(z * sdLog))),
            _ => LogLog(s, sdLog, z, se),
        };
    }

    private static (double, double, double) LogLog(double s, double sdLog, double z, double se)
    {
        // θ = ln(-ln S), SE(θ) = SE(ln S) / |ln S|; S bounds are S^exp(±z SE(θ)).
        var seTheta = sdLog / Math.Abs(Math.Log(s));
        return (se, Math.Pow(s, Math.Exp(z * seTheta)), Math.Pow(s, Math.Exp(-z * seTheta)));
    }
}
