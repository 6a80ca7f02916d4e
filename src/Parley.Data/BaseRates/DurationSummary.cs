using Parley.Data.Statistics;

namespace Parley.Data.BaseRates;

/// <summary>The distribution of war or episode durations in one group.</summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Unit">Unit of the durations (days, years).</param>
/// <param name="Group">Group name.</param>
/// <param name="Distribution">Count, mean and quantiles.</param>
/// <param name="Excluded">Cases left out (ongoing, or an unknown end).</param>
public sealed record DurationSummary(string DatasetId, string Unit, string Group, Distribution Distribution, int Excluded);
