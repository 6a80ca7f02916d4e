namespace Parley.Data.Survival;

/// <summary>The Kaplan-Meier estimate just after one distinct observed time.</summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">Subjects still under observation just before <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Censorings at <paramref name="Time"/>.</param>
/// <param name="Survival">Estimated probability of surviving past <paramref name="Time"/>.</param>
/// <param name="StandardError">Greenwood standard error of <paramref name="Survival"/>.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
public readonly record struct KaplanMeierStep(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StandardError,
    double Lower,
    double Upper);
