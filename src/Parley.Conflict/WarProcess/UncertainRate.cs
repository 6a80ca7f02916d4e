using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// A rate with its uncertainty, e.g. deaths per day: a mean and a standard deviation. Draws are
/// gamma-distributed (non-negative, with that mean and spread); a zero deviation gives the mean.
/// </summary>
public readonly record struct UncertainRate
{
    /// <summary>Creates the rate; both numbers must be finite and non-negative.</summary>
    public UncertainRate(double mean, double standardDeviation = 0)
    {
        if (!double.IsFinite(mean) || mean < 0)
        {
            throw new ModelException($"a rate of {mean} is not allowed: rates and costs must be non-negative");
        }
        if (!double.IsFinite(standardDeviation) || standardDeviation < 0)
        {
            throw new ModelException($"a standard deviation of {standardDeviation} is not allowed: it must be non-negative");
        }
        Mean = mean;
        StandardDeviation = standardDeviation;
    }

    /// <summary>The mean per day.</summary>
    public double Mean { get; }

    /// <summary>The spread of the per-day rate across runs.</summary>
    public double StandardDeviation { get; }

    /// <summary>No cost.</summary>
    public static UncertainRate Zero => new(0);
}
