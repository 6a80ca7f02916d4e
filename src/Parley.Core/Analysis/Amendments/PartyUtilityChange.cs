namespace Parley.Analysis.Amendments;

/// <summary>One party's view of an amendment.</summary>
/// <param name="Party">The party.</param>
/// <param name="Before">Its utility for the text before the amendment.</param>
/// <param name="After">Its utility after.</param>
/// <param name="ReservationValue">Its reservation value.</param>
/// <param name="AcceptableBefore">Whether it could accept the text before (no red line crossed, at least its reservation value).</param>
/// <param name="AcceptableAfter">Whether it could accept the amended text.</param>
/// <param name="RedLineCrossedAfter">The red line the amended text crosses, if any.</param>
public sealed record PartyUtilityChange(
    string Party,
    double Before,
    double After,
    double ReservationValue,
    bool AcceptableBefore,
    bool AcceptableAfter,
    string? RedLineCrossedAfter)
{
    /// <summary>After minus before.</summary>
    public double Change => After - Before;
}
