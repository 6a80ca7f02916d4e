namespace Parley.Domain;

/// <summary>
/// Binary search on sorted numbers, written out (not <see cref="Array.BinarySearch(Array, object)"/>)
/// because the callers need the first position of a value among ties, on a prefix of an array,
/// without allocating: the range counter, the outcome search and the survival curves.
/// </summary>
public static class SortedSearch
{
    /// <summary>The first index in <paramref name="sorted"/> (ascending) whose value is not below <paramref name="value"/>; its length when there is none.</summary>
    public static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
