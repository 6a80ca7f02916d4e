using System.Collections.Immutable;

namespace Parley.Negotiation.Tournaments;

/// <summary>One negotiation of a tournament.</summary>
/// <param name="Index">The run index (also the random stream family).</param>
/// <param name="Domain">The domain's position in the spec.</param>
/// <param name="SeedIndex">Which repetition (0 .. seeds - 1).</param>
/// <param name="Assignment">The strategy (its position in the spec) playing each party.</param>
/// <param name="Ending">How it ended.</param>
/// <param name="Rounds">Rounds played.</param>
/// <param name="Payoffs">Each party's payoff (see <see cref="NegotiationResult.Payoffs"/>).</param>
/// <param name="DistanceToPareto">The agreement's distance to the Pareto frontier, when defined.</param>
/// <param name="DistanceToNash">The agreement's distance to the Nash point, when defined.</param>
public sealed record TournamentRun(
    int Index,
    int Domain,
    int SeedIndex,
    ImmutableArray<int> Assignment,
    SessionEnd Ending,
    int Rounds,
    ImmutableArray<double> Payoffs,
    double? DistanceToPareto,
    double? DistanceToNash);
