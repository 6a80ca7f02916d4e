using System.Globalization;

namespace Parley.Reports.Charts;

/// <summary>
/// Finds series that a chart would draw exactly on top of each other (the same points, in the same
/// order), so the chart draws each such group once, names every member in its legend entry, and says
/// in its caption which series coincide: no line is ever hidden under another.
/// </summary>
internal static class CoincidentSeries
{
    /// <summary>
    /// Groups the series (index lists, in order of first appearance; a series that coincides with no
    /// other is a group of one). Two series coincide when they have the same points, each x and y equal.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Groups(IReadOnlyList<(double[] X, double[] Y)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var groups = new List<List<int>>();
        for (var i = 0; i < series.Count; i++)
        {
            var home = groups.FirstOrDefault(g => Same(series[g[0]], series[i]));
            if (home is null)
            {
                groups.Add([i]);
            }
            else
            {
                home.Add(i);
            }
        }
        return groups;
    }

    /// <summary>The legend entry of a group: its members' names joined by " = ".</summary>
    public static string Label(IReadOnlyList<int> group, IReadOnlyList<string> names, int max) =>
        ChartText.Short(string.Join(" = ", group.Select(i => names[i])), max);

    /// <summary>
    /// The caption's sentence naming each group of two or more that coincides (empty when none does),
    /// e.g. "Drawn once because they coincide exactly (the same value every day): a, b and c."
    /// </summary>
    public static string Note(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<string> names, string what)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(names);
        var shared = groups.Where(g => g.Count > 1).Select(g => Join([.. g.Select(i => names[i])])).ToList();
        return shared.Count == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" Drawn once because they coincide exactly ({what}): {string.Join("; ", shared)}.");
    }

    private static bool Same((double[] X, double[] Y) a, (double[] X, double[] Y) b) =>
        a.X.AsSpan().SequenceEqual(b.X) && a.Y.AsSpan().SequenceEqual(b.Y);

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
