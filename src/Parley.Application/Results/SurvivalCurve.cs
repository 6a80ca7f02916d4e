using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>One step of a Kaplan-Meier curve: survival from this day on, with its confidence band.</summary>
public sealed record SurvivalPoint(double Day, double Survival, double Lower, double Upper)
{
    /// <summary>Days since the start (e.g. of the ceasefire).</summary>
    public double Day { get; } = Preconditions.NonNegative(Day, "a survival point's day");

    /// <summary>Estimated survival (0..1).</summary>
    public double Survival { get; } = Preconditions.Share(Survival, $"survival at day {Day}");

    /// <summary>Lower bound of the band (0..1, at most the estimate).</summary>
    public double Lower { get; } = Lower <= Survival
        ? Preconditions.Share(Lower, $"the lower band at day {Day}")
        : throw new ModelException($"the lower band at day {Day} ({Lower}) is above the estimate ({Survival}): swap the bounds");

    /// <summary>Upper bound of the band (0..1, at least the estimate).</summary>
    public double Upper { get; } = Upper >= Survival
        ? Preconditions.Share(Upper, $"the upper band at day {Day}")
        : throw new ModelException($"the upper band at day {Day} ({Upper}) is below the estimate ({Survival}): swap the bounds");
}

/// <summary>A Kaplan-Meier curve for one group (e.g. ceasefires with a third-party monitor).</summary>
public sealed record SurvivalCurve(string Group, IReadOnlyList<SurvivalPoint> Points)
{
    /// <summary>The group's name.</summary>
    public string Group { get; } = Preconditions.Text(Group, "a survival curve's group");

    /// <summary>Its steps, by day.</summary>
    public IReadOnlyList<SurvivalPoint> Points { get; } = Preconditions.Chronological(Points, p => p.Day, $"survival curve '{Group}'");
}

/// <summary>Empirical survival curves from a dataset, with the dataset named for the caption.</summary>
public sealed record EmpiricalSurvival(string Source, string TimeLabel, IReadOnlyList<SurvivalCurve> Curves)
{
    /// <summary>The dataset and selection (e.g. "ETH/PRIO civil-conflict ceasefires 1989-2020, n = 2,202").</summary>
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
