using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>Share of food need met at one round (mean over Monte Carlo runs).</summary>
public sealed record FoodPoint(int Round, double Day, double ShareOfNeedMet)
{
    /// <summary>The round.</summary>
    public int Round { get; } = Preconditions.NonNegative(Round, "a food point's round");

    /// <summary>The war day.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "a food point's day");

    /// <summary>Food that reaches people over need (0..1).</summary>
    public double ShareOfNeedMet { get; } = Preconditions.Share(ShareOfNeedMet, "the share of food need met");
}
