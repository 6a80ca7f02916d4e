using Parley.Data.Statistics;

namespace Parley.Data.Survival;

/// <summary>
/// One covariate's effect in a proportional-hazards model: the hazard is multiplied by
/// exp(<see cref="Beta"/>) when the covariate goes from 0 to 1.
/// </summary>
/// <param name="Name">The covariate.</param>
/// <param name="Beta">Log hazard ratio (maximum-likelihood estimate).</param>
/// <param name="StandardError">Standard error of <paramref name="Beta"/> from the observed information.</param>
/// <param name="HazardRatio">exp(β) with the Wald interval exp(β ± z·SE).</param>
/// <param name="PValue">Two-sided Wald p-value for β = 0.</param>
public sealed record HazardCoefficient(string Name, double Beta, double StandardError, Interval HazardRatio, double PValue);
