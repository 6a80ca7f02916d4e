namespace Parley.Analysis.Frontier;

/// <summary>
/// Exact Pareto filters over points stored flat (party utilities of point i at [i*n .. i*n+n)).
/// Two parties: sort-and-sweep in O(m log m). More: sort by utility sum, then a window filter
/// (sort-filter-skyline) that also evicts window points a later point dominates, so rounding in
/// the sums cannot let a dominated point through. Equal vectors keep their first occurrence.
/// </summary>
internal static class Skyline
{
    /// <summary>Indices of the non-dominated points; for two parties, sorted by decreasing first utility.</summary>
    public static int[] Filter(ReadOnlySpan<double> coords, int parties, int count)
    {
        if (count == 0)
        {
            return [];
        }
        return parties == 2 ? FilterTwo(coords, count) : FilterMany(coords, parties, count);
    }

    private readonly record struct Entry(double U0, double U1, int Index);

    private sealed class DescendingComparer : IComparer<Entry>
    {
        public static readonly DescendingComparer Instance = new();

        public int Compare(Entry x, Entry y)
        {
            var c = y.U0.CompareTo(x.U0);
            if (c != 0)
            {
                return c;
            }
            c = y.U1.CompareTo(x.U1);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    private static int[] FilterTwo(ReadOnlySpan<double> coords, int count)
    {
        var entries = new Entry[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new Entry(coords[2 * i], coords[(2 * i) + 1], i);
        }
        // By u0 descending, then u1 descending: a point survives when its u1 beats every earlier one.
        Array.Sort(entries, DescendingComparer.Instance);
        var kept = new List<int>();
        var best = double.NegativeInfinity;
        foreach (var e in entries)
        {
            if (e.U1 > best)
            {
                kept.Add(e.Index);
                best = e.U1;
            }
        }
        return [.. kept];
    }

    private static int[] FilterMany(ReadOnlySpan<double> coords, int n, int count)
    {
        var order = new int[count];
        var sums = new double[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            var s = 0.0;
            for (var j = 0; j < n; j++)
            {
                s += coords[(i * n) + j];
            }
            sums[i] = -s;
        }
        Array.Sort(sums, order);
        var window = new List<int>();
        foreach (var i in order)
        {
            var p = coords.Slice(i * n, n);
            var dominated = false;
            for (var w = 0; w < window.Count && !dominated; w++)
            {
                dominated = WeaklyDominates(coords.Slice(window[w] * n, n), p);
            }
            if (dominated)
            {
                continue;
            }
            for (var w = window.Count - 1; w >= 0; w--)
            {
                if (WeaklyDominates(p, coords.Slice(window[w] * n, n)))
                {
                    window.RemoveAt(w);
                }
            }
            window.Add(i);
        }
        return [.. window];
    }

    /// <summary>True when a &gt;= b in every coordinate (so b is dominated by or equal to a).</summary>
    public static bool WeaklyDominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        for (var j = 0; j < a.Length; j++)
        {
            if (a[j] < b[j])
            {
                return false;
            }
        }
        return true;
    }
}
