namespace Parley.Application.Results;

/// <summary>A pair of utilities: the first and the second belligerent's (see <see cref="BelligerentPair"/>).</summary>
public sealed record UtilityPoint(double First, double Second)
{
    /// <summary>The first belligerent's utility.</summary>
    public double First { get; } = Require.Finite(First, "the first belligerent's utility");

    /// <summary>The second belligerent's utility.</summary>
    public double Second { get; } = Require.Finite(Second, "the second belligerent's utility");
}
