namespace Parley.Data.Survival;

/// <summary>What counts as the end of a ceasefire in a survival analysis.</summary>
public enum CeasefireEvent
{
    /// <summary>
    /// Breakdown only (ended = 2, Parley's unverified reading). Ceasefires that expired, were
    /// replaced or ended in an unclear way are censored at their end date.
    /// </summary>
    Breakdown,

    /// <summary>Any dated end: breakdown, expiry, replacement, or an unclear end with a date.</summary>
    AnyEnd,
}
