namespace Parley.Negotiation.Tournaments;

/// <summary>
/// One strategy's results over a tournament, counted per participation (a negotiation in which
/// the strategy plays two parties counts twice).
/// </summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Negotiations">Participations.</param>
/// <param name="Agreements">Participations that ended in agreement.</param>
/// <param name="MeanUtility">Mean payoff: the discounted utility of the agreement, or the reservation value without one.</param>
/// <param name="MeanDistanceToNash">Mean distance of its agreements to the Nash point (null when none is defined).</param>
/// <param name="MeanDistanceToPareto">Mean distance of its agreements to the Pareto frontier (null when none is defined).</param>
/// <param name="MeanRounds">Mean rounds played.</param>
public sealed record StrategyStanding(
    string Strategy,
    int Negotiations,
    int Agreements,
    double MeanUtility,
    double? MeanDistanceToNash,
    double? MeanDistanceToPareto,
    double MeanRounds)
{
    /// <summary>Agreements / negotiations.</summary>
    public double AgreementRate => Negotiations == 0 ? 0 : (double)Agreements / Negotiations;
}
