namespace Parley.Data.Priors;

/// <summary>
/// Clauses of a ceasefire text that can change its breakdown hazard (Fortna, <i>Peace Time</i>, 2004,
/// lists these kinds of "agreement strength" mechanisms). Combine with |. Their effects are estimated
/// once, in <see cref="CeasefireClauseEffects"/>, from the ETH/PRIO codes that come closest
/// (<see cref="CeasefireClauseEffects.Covariates"/> states which, and all readings are unverified).
/// </summary>
[Flags]
public enum CeasefireClause
{
    /// <summary>No clause.</summary>
    None = 0,

    /// <summary>The ceasefire is a written agreement.</summary>
    Written = 1,

    /// <summary>It runs for a fixed time.</summary>
    FixedTime = 2,

    /// <summary>It provides for enforcement by an outside actor.</summary>
    Enforcement = 4,

    /// <summary>It sets up monitoring or an implementation mechanism.</summary>
    Monitoring = 8,

    /// <summary>It creates a buffer (demilitarised) zone. No ETH/PRIO code: not estimated.</summary>
    BufferZone = 16,

    /// <summary>A third party guarantees it (shares the ETH/PRIO enforcement code with <see cref="Enforcement"/>).</summary>
    Guarantee = 32,

    /// <summary>It was mediated or negotiated with a mediator.</summary>
    Mediation = 64,
}
