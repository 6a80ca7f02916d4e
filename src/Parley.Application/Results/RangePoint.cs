using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// The bargaining range at one round of the war: each belligerent's reservation value (what fighting
/// on is worth to it) and the share of the outcome space both prefer to fighting on.
/// </summary>
public sealed record RangePoint(int Round, double Day, double FirstReservation, double SecondReservation, double RangeShare)
{
    /// <summary>The round (0 = before the first round).</summary>
    public int Round { get; } = Preconditions.NonNegative(Round, "a range point's round");

    /// <summary>The war day.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "a range point's day");

    /// <summary>The first belligerent's reservation value (utility).</summary>
    public double FirstReservation { get; } = Preconditions.Finite(FirstReservation, "the first belligerent's reservation value");

    /// <summary>The second belligerent's reservation value (utility).</summary>
    public double SecondReservation { get; } = Preconditions.Finite(SecondReservation, "the second belligerent's reservation value");

    /// <summary>Outcomes in the bargaining range over all outcomes (0..1).</summary>
    public double RangeShare { get; } = Preconditions.Share(RangeShare, "a range point's range share");
}
