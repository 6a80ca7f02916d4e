using Parley.Domain;
using Parley.Randomness;

namespace Parley.Data.Priors;

/// <summary>
/// Simulates how long ceasefires hold under a constant daily hazard λ: each run draws a duration
/// T = -ln(U) / λ (exponential, by inversion of one uniform U), capped at a horizon. Run r uses
/// <see cref="CounterRandom"/>(seed, stream: r), so results are identical whatever the thread
/// count. With <see cref="SimulateWithUncertainty"/> each run first draws λ from
/// Gamma(events + 1/2, exposure) — the posterior of the rate under a Jeffreys prior — so the
/// spread of durations also carries the estimate's uncertainty.
/// </summary>
public static class CeasefireDurationSimulation
{
    /// <summary>Simulates <paramref name="runs"/> ceasefires under hazard <paramref name="hazardPerDay"/>.</summary>
    public static SimulatedCeasefires Simulate(double hazardPerDay, int runs, ulong seed, double horizonDays = 3650)
    {
        if (!(hazardPerDay >= 0) || double.IsInfinity(hazardPerDay))
        {
            throw new ModelException($"hazard {hazardPerDay} per day is not usable: use a finite rate of 0 or more");
        }
        Check(runs, horizonDays);
        var durations = new double[runs];
        Parallel.For(0, runs, run =>
        {
            var random = new CounterRandom(seed, (ulong)run);
            durations[run] = Draw(ref random, hazardPerDay, horizonDays);
        });
        return Result(durations, horizonDays);
    }

    /// <summary>Simulates under <paramref name="estimate"/>, drawing each run's hazard from its posterior.</summary>
    public static SimulatedCeasefires SimulateWithUncertainty(HazardEstimate estimate, int runs, ulong seed, double horizonDays = 3650)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        Check(runs, horizonDays);
        var shape = estimate.Events + 0.5;
        var rate = estimate.ExposureDays;
        var durations = new double[runs];
        Parallel.For(0, runs, run =>
        {
            var random = new CounterRandom(seed, (ulong)run);
            var hazard = GammaDraw(ref random, shape) / rate;
            durations[run] = Draw(ref random, hazard, horizonDays);
        });
        return Result(durations, horizonDays);
    }

    /// <summary>
    /// Simulates under the fitted Weibull <paramref name="fit"/> (at covariates 0): T = λ·E^(1/k) with
    /// E = −ln(1 − U) ~ Exp(1), by inversion of one uniform per run, capped at the horizon.
    /// </summary>
    public static SimulatedCeasefires SimulateWeibull(Survival.WeibullFit fit, int runs, ulong seed, double horizonDays = 3650)
    {
        ArgumentNullException.ThrowIfNull(fit);
        Check(runs, horizonDays);
        var shape = fit.Shape.Estimate;
        var scale = fit.Scale.Estimate;
        var durations = new double[runs];
        Parallel.For(0, runs, run =>
        {
            var random = new CounterRandom(seed, (ulong)run);
            var e = -Math.Log(1 - random.NextDouble());
            durations[run] = Math.Min(scale * Math.Pow(e, 1 / shape), horizonDays);
        });
        return Result(durations, horizonDays);
    }

    /// <summary>
    /// Simulates under the piecewise hazard of <paramref name="pieces"/>: each run draws E ~ Exp(1)
    /// and finds the day the cumulative hazard reaches E (the last window's rate continues beyond
    /// it). With <paramref name="withUncertainty"/> each window's rate is first drawn from its
    /// Gamma(events + 1/2, exposure) posterior.
    /// </summary>
    public static SimulatedCeasefires SimulatePiecewise(IReadOnlyList<HazardPiece> pieces, int runs, ulong seed, double horizonDays = 3650, bool withUncertainty = false)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (pieces.Count == 0)
        {
            throw new ModelException("a piecewise hazard needs at least one window");
        }
        Check(runs, horizonDays);
        var durations = new double[runs];
        Parallel.For(0, runs, () => new double[pieces.Count], (run, _, rates) =>
        {
            var random = new CounterRandom(seed, (ulong)run);
            for (var k = 0; k < pieces.Count; k++)
            {
                rates[k] = withUncertainty ? GammaDraw(ref random, pieces[k].Events + 0.5) / pieces[k].ExposureDays : pieces[k].PerDay.Estimate;
            }
            var target = -Math.Log(1 - random.NextDouble());
            durations[run] = Math.Min(PiecewiseHazard.InvertCumulative(pieces, rates, target), horizonDays);
            return rates;
        }, _ => { });
        return Result(durations, horizonDays);
    }

    /// <summary>
    /// Simulates by drawing durations from the Kaplan-Meier curve itself: run r draws U and takes the
    /// first step time with S(t) ≤ U; when the curve never falls that low (it ends censored), the
    /// ceasefire holds to the horizon. Nonparametric: no hazard shape is assumed.
    /// </summary>
    public static SimulatedCeasefires SimulateFromCurve(Survival.KaplanMeierCurve curve, int runs, ulong seed, double horizonDays = 3650)
    {
        ArgumentNullException.ThrowIfNull(curve);
        Check(runs, horizonDays);
        var steps = curve.Steps.Where(s => s.Events > 0).ToArray();
        var times = steps.Select(s => s.Time).ToArray();
        var survival = steps.Select(s => s.Survival).ToArray();
        var durations = new double[runs];
        Parallel.For(0, runs, run =>
        {
            var random = new CounterRandom(seed, (ulong)run);
            var u = random.NextDouble();
            // Survival is non-increasing: binary search for the first index with S <= u.
            int lo = 0, hi = survival.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (survival[mid] <= u)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }
            durations[run] = lo < times.Length ? Math.Min(times[lo], horizonDays) : horizonDays;
        });
        return Result(durations, horizonDays);
    }

    /// <summary>
    /// A Gamma(<paramref name="shape"/>, 1) draw by Marsaglia and Tsang's method (shape &lt; 1 via
    /// the boost Gamma(a) = Gamma(a + 1) U^(1/a)).
    /// </summary>
    public static double GammaDraw(ref CounterRandom random, double shape)
    {
        if (!(shape > 0))
        {
            throw new ModelException($"gamma shape {shape} is not usable: it must be positive");
        }
        if (shape < 1)
        {
            var boost = Math.Pow(1 - random.NextDouble(), 1 / shape);
            return GammaDraw(ref random, shape + 1) * boost;
        }
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.NextGaussian();
                v = 1 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = 1 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static double Draw(ref CounterRandom random, double hazard, double horizon)
    {
        if (hazard <= 0)
        {
            return horizon;
        }
        var u = 1 - random.NextDouble(); // in (0, 1]
        return Math.Min(-Math.Log(u) / hazard, horizon);
    }

    private static void Check(int runs, double horizonDays)
    {
        if (runs < 1)
        {
            throw new ModelException($"{runs} runs: simulate at least one ceasefire");
        }
        if (!(horizonDays > 0) || double.IsInfinity(horizonDays))
        {
            throw new ModelException($"horizon {horizonDays} days is not usable: use a positive, finite number of days");
        }
    }

    private static SimulatedCeasefires Result(double[] durations, double horizon) =>
        new(durations, horizon, durations.Count(d => d >= horizon));
}
