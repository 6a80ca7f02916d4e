namespace Parley.Data.Statistics;

/// <summary>A point estimate with a confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Confidence">Confidence level, e.g. 0.95.</param>
public readonly record struct Interval(double Estimate, double Lower, double Upper, double Confidence);
