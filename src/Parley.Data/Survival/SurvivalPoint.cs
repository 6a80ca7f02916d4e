namespace Parley.Data.Survival;

/// <summary>The survival estimate at one time, with its confidence interval.</summary>
/// <param name="Time">The time asked about.</param>
/// <param name="Survival">Estimated probability of lasting beyond <paramref name="Time"/>.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
/// <param name="AtRisk">Subjects still under observation at <paramref name="Time"/>.</param>
public readonly record struct SurvivalPoint(double Time, double Survival, double Lower, double Upper, int AtRisk);
