using Parley.Domain;

namespace Parley.Data.Statistics;

/// <summary>Sample quantiles.</summary>
public static class Quantiles
{
    /// <summary>
    /// The <paramref name="p"/>-quantile of sorted <paramref name="sorted"/> by linear interpolation
    /// between order statistics (Hyndman and Fan type 7, the R and NumPy default): with
    /// h = (n - 1) p, the value x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]) (0-based).
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ModelException("a quantile of no values is undefined: give at least one value");
        }
        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ModelException($"quantile level {p} is out of range: use 0 to 1");
        }
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
