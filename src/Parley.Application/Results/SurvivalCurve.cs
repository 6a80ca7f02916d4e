using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>A Kaplan-Meier curve for one group (e.g. ceasefires with a third-party monitor), with its sample size.</summary>
/// <param name="Group">The group in words, as the legend shows it (e.g. "written: yes").</param>
/// <param name="Count">How many cases the curve is estimated from (its n).</param>
/// <param name="Points">Its steps, by day.</param>
public sealed record SurvivalCurve(string Group, int Count, IReadOnlyList<SurvivalPoint> Points)
{
    /// <summary>The group's name.</summary>
    public string Group { get; } = Preconditions.Text(Group, "a survival curve's group");

    /// <summary>The number of cases behind the curve (n), at least 1.</summary>
    public int Count { get; } = Count >= 1 ? Count : throw new ModelException($"survival curve '{Group}' counts {Count} cases: a curve needs at least one");

    /// <summary>Which cases the group holds, in the dataset's own codes (e.g. "written = 1 or 2"); empty when the name says it all.</summary>
    public string Selection { get; init; } = "";

    /// <summary>How many of <see cref="Count"/> ended with the event (a breakdown, a collapse).</summary>
    public int? Events { get; init; }

    /// <summary>Its steps, by day: each a share with its band around it.</summary>
    public IReadOnlyList<SurvivalPoint> Points { get; } = Checked(Points, Group);

    private static IReadOnlyList<SurvivalPoint> Checked(IReadOnlyList<SurvivalPoint>? points, string group)
    {
        if (points is null)
        {
            throw new ModelException($"survival curve '{group}' is missing: give a list (it may be empty)");
        }
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            Preconditions.NonNegative(p.Time, "a survival point's day");
            Preconditions.Share(p.Survival, $"survival at day {p.Time}");
            if (!(p.Lower <= p.Survival))
            {
                throw new ModelException($"the lower band at day {p.Time} ({p.Lower}) is above the estimate ({p.Survival}): swap the bounds");
            }
            if (!(p.Upper >= p.Survival))
            {
                throw new ModelException($"the upper band at day {p.Time} ({p.Upper}) is below the estimate ({p.Survival}): swap the bounds");
            }
            Preconditions.Share(p.Lower, $"the lower band at day {p.Time}");
            Preconditions.Share(p.Upper, $"the upper band at day {p.Time}");
            if (i > 0 && p.Time < points[i - 1].Time)
            {
                throw new ModelException($"survival curve '{group}' goes back in time at position {i + 1} (day {Preconditions.Show(p.Time)} after day {Preconditions.Show(points[i - 1].Time)}): sort it by day");
            }
        }
        return points;
    }
}

/// <summary>Empirical survival curves from a dataset, with the dataset named for the caption.</summary>
public sealed record EmpiricalSurvival(string Source, string TimeLabel, IReadOnlyList<SurvivalCurve> Curves)
{
    /// <summary>The dataset and what the curves count (e.g. "ETH/PRIO civil-conflict ceasefires 1989-2020: breakdowns").</summary>
    public string Source { get; } = Preconditions.Text(Source, "the empirical survival curves' source");

    /// <summary>What survives, for the axis (e.g. "ceasefire").</summary>
    public string TimeLabel { get; } = Preconditions.Text(TimeLabel, "the empirical survival curves' subject");

    /// <summary>One curve per group.</summary>
    public IReadOnlyList<SurvivalCurve> Curves { get; } = UniqueCurves(Curves);

    private static IReadOnlyList<SurvivalCurve> UniqueCurves(IReadOnlyList<SurvivalCurve>? curves)
    {
        var list = Preconditions.List(curves, "the empirical survival curves");
        Preconditions.Unique(list, c => c.Group, "the empirical survival curves");
        return list;
    }
}
