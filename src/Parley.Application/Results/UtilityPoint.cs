using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>A pair of utilities: the first and the second belligerent's (see <see cref="BelligerentPair"/>).</summary>
public sealed record UtilityPoint(double First, double Second)
{
    /// <summary>The first belligerent's utility.</summary>
    public double First { get; } = Preconditions.Finite(First, "the first belligerent's utility");

    /// <summary>The second belligerent's utility.</summary>
    public double Second { get; } = Preconditions.Finite(Second, "the second belligerent's utility");
}
