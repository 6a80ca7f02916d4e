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
    /// <summary>Summarises <paramref name="values"/> (at least one).</summary>
    public static Distribution Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            throw new ModelException("a distribution of no values is undefined: give at least one value");
        }
        Array.Sort(sorted);
        ReadOnlySpan<double> s = sorted;
        return new Distribution(sorted.Length, sorted.Average(), s[0], Quantiles.OfSorted(s, 0.10),
            Quantiles.OfSorted(s, 0.25), Quantiles.OfSorted(s, 0.5), Quantiles.OfSorted(s, 0.75),
            Quantiles.OfSorted(s, 0.90), s[^1]);
    }
}
