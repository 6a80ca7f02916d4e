using Parley.Data.Priors;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// The ceasefire clauses a text has when it takes value <see cref="Value"/> on issue <see cref="Issue"/>
/// (<c>war.ceasefire.clauses_by_term</c>): e.g. a supervision issue whose value "neutral commission" is
/// monitoring. Their hazard effects are those estimated once from ETH/PRIO (<see cref="CeasefireClauseEffects"/>).
/// </summary>
/// <param name="Issue">The issue's index in the outcome space.</param>
/// <param name="Value">The value index on that issue.</param>
/// <param name="Clauses">The clauses that value brings.</param>
public readonly record struct TermClause(int Issue, int Value, CeasefireClause Clauses);
