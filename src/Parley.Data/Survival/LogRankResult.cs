namespace Parley.Data.Survival;

/// <summary>The result of a log-rank test of equal survival across groups.</summary>
/// <param name="Groups">Observed and expected events per group.</param>
/// <param name="ChiSquare">The test statistic.</param>
/// <param name="DegreesOfFreedom">Groups minus one.</param>
/// <param name="PValue">P(χ² with that many degrees of freedom &gt; statistic).</param>
public sealed record LogRankResult(IReadOnlyList<LogRankGroup> Groups, double ChiSquare, int DegreesOfFreedom, double PValue);
