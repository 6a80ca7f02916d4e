using Parley.Randomness;

namespace Parley.Conflict.WarProcess;

/// <summary>Gamma draws with a given mean and standard deviation (Marsaglia and Tsang, 2000), for non-negative uncertain rates.</summary>
internal static class GammaSampler
{
    /// <summary>A draw with mean <paramref name="rate"/>.Mean and spread <paramref name="rate"/>.StandardDeviation; the mean itself when the spread is 0.</summary>
    public static double Draw(ref CounterRandom random, UncertainRate rate)
    {
        if (rate.StandardDeviation <= 0 || rate.Mean <= 0)
        {
            return rate.Mean;
        }
        var cv2 = (rate.StandardDeviation * rate.StandardDeviation) / (rate.Mean * rate.Mean);
        var shape = 1.0 / cv2;
        var scale = rate.Mean * cv2;
        return Standard(ref random, shape) * scale;
    }

    private static double Standard(ref CounterRandom random, double shape)
    {
        if (shape < 1)
        {
            // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
            var u = 1.0 - random.NextDouble();
            return Standard(ref random, shape + 1) * Math.Pow(u, 1.0 / shape);
        }
        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = random.NextGaussian();
                v = 1.0 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = 1.0 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
