using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>
/// The bargaining range at one round of the war: each belligerent's reservation value (what fighting
/// on is worth to it) and the share of the outcome space both prefer to fighting on at those mean
/// values; and the share of runs in which a bargaining range was open that round.
/// </summary>
public sealed record RangePoint(int Round, double Day, double FirstReservation, double SecondReservation, double RangeShare, double RunsWithRange)
{
    /// <summary>The round (0 = before the first round).</summary>
    public int Round { get; } = Preconditions.NonNegative(Round, "a range point's round");

    /// <summary>The war day.</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "a range point's day");

    /// <summary>The first belligerent's reservation value (utility).</summary>
    public double FirstReservation { get; } = Preconditions.Finite(FirstReservation, "the first belligerent's reservation value");

    /// <summary>The second belligerent's reservation value (utility).</summary>
    public double SecondReservation { get; } = Preconditions.Finite(SecondReservation, "the second belligerent's reservation value");

    /// <summary>Outcomes in the bargaining range at the mean reservation values, over all outcomes (0..1).</summary>
    public double RangeShare { get; } = Preconditions.Share(RangeShare, "a range point's range share");

    /// <summary>Share of the Monte Carlo runs in which a bargaining range was open that round (0..1), as the war process traced it.</summary>
    public double RunsWithRange { get; } = Preconditions.Share(RunsWithRange, "a range point's share of runs with a range open");
}
