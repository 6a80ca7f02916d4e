using Parley.Data.Survival;

namespace Parley.Data.Priors;

/// <summary>A fitted hazard compared with a subset it was not fitted on.</summary>
/// <param name="HeldOut">The held-out subset (filter form).</param>
/// <param name="Model">The model, fitted with the subset excluded.</param>
/// <param name="HeldOutCurve">The subset's Kaplan-Meier curve with Greenwood intervals.</param>
/// <param name="Points">Both curves at the requested days.</param>
/// <param name="WeibullTest">One-sample log-rank test of the subset against the Weibull curve (the whole curve).</param>
/// <param name="PiecewiseTest">The same against the piecewise-constant curve.</param>
/// <param name="WeibullMaxGap">Largest |KM − Weibull| over the subset's observed times (just before and at each).</param>
/// <param name="PiecewiseMaxGap">The same for the piecewise curve.</param>
/// <param name="ClauseAdjustedTest">
/// One-sample log-rank test against the clause regression given each held-out ceasefire's own codes
/// (E = Σ H(tᵢ | xᵢ)); null when clause effects were not estimated.
/// </param>
public sealed record HeldOutComparison(
    string HeldOut,
    CeasefireHazardModel Model,
    KaplanMeierCurve HeldOutCurve,
    IReadOnlyList<HeldOutPoint> Points,
    OneSampleLogRank WeibullTest,
    OneSampleLogRank PiecewiseTest,
    double WeibullMaxGap,
    double PiecewiseMaxGap,
    OneSampleLogRank? ClauseAdjustedTest);
