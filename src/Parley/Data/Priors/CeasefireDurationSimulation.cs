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
