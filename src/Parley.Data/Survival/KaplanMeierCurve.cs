using Parley.Domain;
using Parley.Data.Statistics;

namespace Parley.Data.Survival;

/// <summary>
/// A Kaplan-Meier survival curve: the product-limit estimate S(t) = Π (1 - dᵢ/nᵢ) over event times
/// tᵢ ≤ t, with Greenwood's variance Var S(t) = S(t)² Σ dᵢ / (nᵢ(nᵢ - dᵢ)) and pointwise confidence
/// intervals. Built by <see cref="KaplanMeier.Estimate"/>.
/// </summary>
public sealed class KaplanMeierCurve
{
    private readonly double[] _times;
    private readonly double[] _sortedTimes;

    internal KaplanMeierCurve(IReadOnlyList<KaplanMeierStep> steps, double[] sortedTimes, int events, double confidence, ConfidenceBand band)
    {
        Steps = steps;
        _times = steps.Select(s => s.Time).ToArray();
        _sortedTimes = sortedTimes;
        Count = sortedTimes.Length;
        Events = events;
        Confidence = confidence;
        Band = band;
    }

    /// <summary>One step per distinct observed time (event or censoring), in time order.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    /// <summary>Number of subjects.</summary>
    public int Count { get; }

    /// <summary>Number of events.</summary>
    public int Events { get; }

    /// <summary>Number of censored subjects.</summary>
    public int Censored => Count - Events;

    /// <summary>Total time observed over all subjects (the exposure a constant hazard is estimated from).</summary>
    public double TotalTime => _sortedTimes.Sum();

    /// <summary>The confidence level of the intervals.</summary>
    public double Confidence { get; }

    /// <summary>How the intervals are built.</summary>
    public ConfidenceBand Band { get; }

    /// <summary>
    /// The estimate at <paramref name="time"/>: the last step at or before it (1 before the first
    /// event). Beyond the last observed time the estimate stays flat and <see cref="SurvivalPoint.AtRisk"/> is 0.
    /// </summary>
    public SurvivalPoint At(double time)
    {
        var index = Array.BinarySearch(_times, time);
        if (index < 0)
        {
            index = ~index - 1;
        }
        // Subjects still observed at `time`: those whose time is >= it.
        var firstAtOrAfter = SortedSearch.LowerBound(_sortedTimes, time);
        var atRisk = _sortedTimes.Length - firstAtOrAfter;
        if (index < 0)
        {
            return new SurvivalPoint(time, 1, 1, 1, atRisk);
        }
        var step = Steps[index];
        return new SurvivalPoint(time, step.Survival, step.Lower, step.Upper, atRisk);
    }

    /// <summary>The Greenwood standard error of the estimate at <paramref name="time"/> (0 before the first event).</summary>
    public double StandardErrorAt(double time)
    {
        var index = Array.BinarySearch(_times, time);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return index < 0 ? 0 : Steps[index].StandardError;
    }

    /// <summary>The median survival time: the first time S(t) ≤ 0.5; null when the curve never gets there.</summary>
    public double? Median => Steps.Where(s => s.Events > 0 && s.Survival <= 0.5).Select(s => (double?)s.Time).FirstOrDefault();

    /// <summary>The <paramref name="level"/>-quantile of survival time: the first time S(t) ≤ 1 - level.</summary>
    public double? Quantile(double level)
    {
        Intervals.CheckConfidence(level);
        return Steps.Where(s => s.Events > 0 && s.Survival <= 1 - level).Select(s => (double?)s.Time).FirstOrDefault();
    }
}
