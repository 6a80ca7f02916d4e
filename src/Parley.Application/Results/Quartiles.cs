using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>Lower quartile, median and upper quartile of a distribution (e.g. days to agreement).</summary>
public sealed record Quartiles(double Lower, double Median, double Upper)
{
    /// <summary>The 25th percentile.</summary>
    public double Lower { get; } = Preconditions.NonNegative(Lower, "the lower quartile");

    /// <summary>The 50th percentile.</summary>
    public double Median { get; } = Median >= Lower
        ? Preconditions.NonNegative(Median, "the median")
        : throw new ModelException($"the median ({Median}) is below the lower quartile ({Lower}): give them in order");

    /// <summary>The 75th percentile.</summary>
    public double Upper { get; } = Upper >= Median
        ? Preconditions.NonNegative(Upper, "the upper quartile")
        : throw new ModelException($"the upper quartile ({Upper}) is below the median ({Median}): give them in order");
}
