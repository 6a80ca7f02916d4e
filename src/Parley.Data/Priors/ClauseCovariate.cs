using Parley.Data.Datasets.EthPrio;

namespace Parley.Data.Priors;

/// <summary>
/// How a group of clauses is read from the ETH/PRIO codes: a 0/1 covariate of the proportional-hazards
/// regression. Unclear codes (-1) count as 0 (absent).
/// </summary>
/// <param name="Name">Covariate name, as in the regression's output.</param>
/// <param name="Clauses">The clauses whose effect this covariate measures (an agreement with any of them gets the effect once).</param>
/// <param name="Reading">Which codes count as 1, and what they are taken to mean.</param>
/// <param name="Verified">False: the ETH/PRIO code meanings are Parley's reading (docs/data/codes.md).</param>
/// <param name="Value">1 when the ceasefire has it, else 0.</param>
public sealed record ClauseCovariate(string Name, CeasefireClause Clauses, string Reading, bool Verified, Func<Ceasefire, double> Value);
