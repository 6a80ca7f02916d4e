namespace Parley.Simulation.Summaries;

/// <summary>
/// Count, mean, extremes and quartiles of a sample. Quartiles interpolate linearly between order
/// statistics (Hyndman &amp; Fan type 7, the default of R and NumPy). An empty sample has count 0 and
/// NaN everywhere else.
/// </summary>
public sealed record Distribution(int Count, double Mean, double Min, double Q1, double Median, double Q3, double Max)
{
    /// <summary>The empty distribution.</summary>
    public static Distribution Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Summarises the non-NaN values of <paramref name="values"/> (the mean is summed in the given order, so it is reproducible).</summary>
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
        return new Distribution(count, sum / count, sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1]);
    }

    /// <summary>Type-7 quantile of an ascending, non-empty sample.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
