using Parley.Data.Statistics;

namespace Parley.Data.Priors;

/// <summary>The estimated effect of one clause on the breakdown hazard.</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Covariate">The ETH/PRIO covariate it is read from; null when no code measures it.</param>
/// <param name="HazardRatio">Multiplier of the hazard with its interval (1, 1–1 when not estimated).</param>
/// <param name="PValue">Wald p-value of no effect (NaN when not estimated).</param>
/// <param name="Estimated">False when the data have no code for the clause (the multiplier is then 1).</param>
/// <param name="Verified">False when the estimate rests on an unverified code reading (always, for ETH/PRIO).</param>
/// <param name="Fortna">The direction Fortna (2004) reports for the nearest mechanism (as cited, not re-estimated).</param>
public sealed record ClauseEffect(
    CeasefireClause Clause,
    string? Covariate,
    Interval HazardRatio,
    double PValue,
    bool Estimated,
    bool Verified,
    string Fortna);
