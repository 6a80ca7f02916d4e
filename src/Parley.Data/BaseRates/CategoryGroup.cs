using Parley.Data.Datasets;
using Parley.Data.Statistics;

namespace Parley.Data.BaseRates;

/// <summary>One group of cases (e.g. intra-state wars ending 1946-1989) and its category counts.</summary>
/// <param name="Name">Group name ("all" when not split).</param>
/// <param name="Total">Cases in the group.</param>
/// <param name="Categories">One entry per category of the source, zero counts included, in a fixed order.</param>
public sealed record CategoryGroup(string Name, int Total, IReadOnlyList<CategoryCount> Categories)
{
    /// <summary>Counts <paramref name="keys"/> (one per case) into <paramref name="categories"/>.</summary>
    public static CategoryGroup Count(string name, IReadOnlyCollection<string> keys, IReadOnlyList<CodeMeaning> categories, double confidence)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(categories);
        var counts = keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = keys.Count;
        var rows = categories.Select(c =>
        {
            var n = counts.GetValueOrDefault(c.Code);
            var ci = Intervals.Wilson(n, total, confidence);
            return new CategoryCount(c.Code, c.Label, c.Verified, n, total == 0 ? 0 : ci.Estimate, ci.Lower, ci.Upper);
        }).ToArray();
        return new CategoryGroup(name, total, rows);
    }
}
