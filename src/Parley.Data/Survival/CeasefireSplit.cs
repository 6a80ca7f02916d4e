namespace Parley.Data.Survival;

/// <summary>Ceasefire survival split by one feature, with a log-rank test between the groups.</summary>
/// <param name="Feature">The feature split by.</param>
/// <param name="Description">What the feature is.</param>
/// <param name="Groups">One summary per code present.</param>
/// <param name="Test">Log-rank test across the groups; null when fewer than two groups have ceasefires.</param>
public sealed record CeasefireSplit(string Feature, string Description, IReadOnlyList<CeasefireGroupSummary> Groups, LogRankResult? Test);
