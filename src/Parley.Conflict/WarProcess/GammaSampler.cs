using Parley.Data.Priors;
using Parley.Randomness;

namespace Parley.Conflict.WarProcess;

/// <summary>Gamma draws with a given mean and standard deviation, for non-negative uncertain rates (the Marsaglia-Tsang sampler of <see cref="CeasefireDurationSimulation.GammaDraw"/>).</summary>
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
        return CeasefireDurationSimulation.GammaDraw(ref random, shape) * scale;
    }
}
