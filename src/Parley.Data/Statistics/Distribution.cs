using Parley.Domain;

namespace Parley.Data.Statistics;

/// <summary>A summary of a sample: count, mean, and the quantiles users ask for (type 7).</summary>
/// <param name="Count">Sample size.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">Lower quartile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">Upper quartile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Max">Largest value.</param>
public sealed record Distribution(int Count, double Mean, double Min, double P10, double P25, double Median, double P75, double P90, double Max)
{
    /// <summary>The distribution of no values: count 0, every statistic NaN.</summary>
    public static Distribution Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The distribution of <paramref name="values"/>, NaN values left out; <see cref="Empty"/> when none is left.</summary>
    public static Distribution Of(ReadOnlySpan<double> values)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                count++;
                sum += v;
            }
        }
        if (count == 0)
        {
            return Empty;
        }
        var sorted = new double[count];
        var j = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sorted[j++] = v;
            }
        }
        Array.Sort(sorted);
        ReadOnlySpan<double> s = sorted;
        return new Distribution(count, sum / count, s[0], Quantiles.OfSorted(s, 0.10),
            Quantiles.OfSorted(s, 0.25), Quantiles.OfSorted(s, 0.5), Quantiles.OfSorted(s, 0.75),
            Quantiles.OfSorted(s, 0.90), s[^1]);
    }

    /// <summary>The distribution of <paramref name="values"/>, NaN values left out; <see cref="Empty"/> when none is left.</summary>
    public static Distribution Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Of(values.ToArray().AsSpan());
    }
}
