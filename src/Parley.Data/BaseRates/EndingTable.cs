namespace Parley.Data.BaseRates;

/// <summary>Base rates of war endings from one dataset, split one way.</summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Unit">What is counted (wars, episode endings).</param>
/// <param name="GroupBy">How the cases are split ("all", "type", "era", "type,era").</param>
/// <param name="Confidence">Confidence level of the intervals.</param>
/// <param name="Groups">The groups, each with its category counts.</param>
public sealed record EndingTable(string DatasetId, string Unit, string GroupBy, double Confidence, IReadOnlyList<CategoryGroup> Groups);
