namespace Parley.Data.Statistics;

/// <summary>A likelihood-ratio test: 2·(ℓ_full − ℓ_restricted), compared with χ²(df).</summary>
/// <param name="Statistic">The statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom.</param>
/// <param name="PValue">P(χ²(df) &gt; statistic).</param>
public sealed record LikelihoodRatioTest(double Statistic, int DegreesOfFreedom, double PValue);
