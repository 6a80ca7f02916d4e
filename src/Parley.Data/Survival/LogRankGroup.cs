namespace Parley.Data.Survival;

/// <summary>One group's part in a log-rank test.</summary>
/// <param name="Name">Group name.</param>
/// <param name="Count">Subjects in the group.</param>
/// <param name="Observed">Events observed.</param>
/// <param name="Expected">Events expected if every group had the same hazard.</param>
public sealed record LogRankGroup(string Name, int Count, int Observed, double Expected);
