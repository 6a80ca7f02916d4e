namespace Parley.Data.Survival;

/// <summary>The share of ceasefires still holding after a number of days, with its confidence interval.</summary>
/// <param name="Days">Days since the ceasefire took effect.</param>
/// <param name="Share">Kaplan-Meier estimate of the share still holding.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
/// <param name="AtRisk">Ceasefires still observed at that day.</param>
public sealed record HoldingShare(int Days, double Share, double Lower, double Upper, int AtRisk);
