using Parley.Data.Statistics;
using Parley.Data.Survival;

namespace Parley.Data.Priors;

/// <summary>The held-out subset's Kaplan-Meier estimate and the fitted curves at one day.</summary>
/// <param name="Day">Days in force.</param>
/// <param name="KaplanMeier">The held-out Kaplan-Meier estimate with its Greenwood (log-log) interval.</param>
/// <param name="Weibull">The Weibull fitted without the subset, with its delta-method interval.</param>
/// <param name="Piecewise">The piecewise-constant hazard fitted without the subset, with its interval.</param>
/// <param name="ClauseAdjusted">
/// The clause regression (fitted without the subset) averaged over the subset's own clause codes:
/// mean of S(t | xᵢ); null when clause effects were not estimated.
/// </param>
public sealed record HeldOutPoint(int Day, SurvivalPoint KaplanMeier, Interval Weibull, Interval Piecewise, double? ClauseAdjusted)
{
    /// <summary>True when the Weibull estimate lies inside the Kaplan-Meier interval.</summary>
    public bool WeibullInsideKaplanMeier => Weibull.Estimate >= KaplanMeier.Lower && Weibull.Estimate <= KaplanMeier.Upper;

    /// <summary>True when the Weibull and Kaplan-Meier intervals overlap.</summary>
    public bool IntervalsOverlap => Weibull.Lower <= KaplanMeier.Upper && KaplanMeier.Lower <= Weibull.Upper;
}
