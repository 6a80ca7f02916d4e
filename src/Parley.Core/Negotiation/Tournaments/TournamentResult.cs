using System.Collections.Immutable;

namespace Parley.Negotiation.Tournaments;

/// <summary>A tournament's standings (one per strategy, in spec order) and every run.</summary>
/// <param name="Standings">Per-strategy aggregates.</param>
/// <param name="Runs">Every negotiation, by run index.</param>
public sealed record TournamentResult(ImmutableArray<StrategyStanding> Standings, ImmutableArray<TournamentRun> Runs);
