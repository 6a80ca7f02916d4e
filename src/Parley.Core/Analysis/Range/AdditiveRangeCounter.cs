using Parley.Domain;

namespace Parley.Analysis.Range;

/// <summary>
/// Counts the bargaining range of additive profiles without enumerating the space.
/// Two parties: meet in the middle. The issues are split into two halves; each half's partial
/// utility pairs are listed; a pair (a, b) is in the range when a0 + b0 &gt;= r0 and a1 + b1 &gt;= r1.
/// Halves sorted by the first coordinate are swept against each other while a Fenwick tree over
/// the ranks of the second coordinate answers "how many inserted b have b1 &gt;= r1 - a1".
/// O(H log H) for halves of H outcomes: a 10^10 space is two lists of 10^5.
/// When a half would list more than <see cref="MaxHalfSize"/> outcomes, <see cref="GridRangeCounter"/>
/// gives certified bounds instead. More parties: depth-first over issues with bounds (prune when a
/// party cannot reach its reservation; count a whole subtree at once when every party is sure to);
/// past <see cref="MaxNodes"/> search nodes the subtrees not yet decided are bounded by 0 and their size.
/// </summary>
internal static class AdditiveRangeCounter
{
    /// <summary>The most partial outcomes a half may list.</summary>
    public const long MaxHalfSize = 50_000_000;

    /// <summary>The most search nodes the many-party count may visit.</summary>
    public const long MaxNodes = 5_000_000;

    public static RangeCount Count(BargainingProblem problem, double tolerance)
    {
        var allowed = problem.AllowedOptions();
        if (allowed.Any(a => a.Length == 0))
        {
            return RangeCount.Exact(0);
        }
        var thresholds = problem.ReservationValues.Select(r => r - tolerance).ToArray();
        return problem.PartyCount == 2
            ? CountTwo(problem, allowed, thresholds)
            : CountMany(problem, allowed, thresholds);
    }

    private static RangeCount CountTwo(BargainingProblem problem, int[][] allowed, double[] thresholds)
    {
        var k = allowed.Length;
        var split = BestSplit(allowed);
        if (HalfSize(allowed, 0, split) > MaxHalfSize || HalfSize(allowed, split, k) > MaxHalfSize)
        {
            return GridRangeCounter.Count(problem, allowed, thresholds);
        }
        var (a0, a1) = HalfSums(problem, allowed, 0, split);
        var (b0, b1) = HalfSums(problem, allowed, split, k);

        // Sort A by a0 ascending (threshold r0 - a0 descending); B by b0 descending.
        var aOrder = Enumerable.Range(0, a0.Length).ToArray();
        Array.Sort(a0.ToArray(), aOrder);
        var bOrder = Enumerable.Range(0, b0.Length).ToArray();
        var bKeys = b0.Select(x => -x).ToArray();
        Array.Sort(bKeys, bOrder);

        // Ranks of b1 among the distinct sorted values.
        var sortedB1 = b1.ToArray();
        var byB1 = Enumerable.Range(0, b1.Length).ToArray();
        Array.Sort(sortedB1, byB1);
        // rankOf[i]: 1 + the first position of b1[i] among the sorted values (ties share a rank).
        var rankOf = new int[b1.Length];
        for (var i = 0; i < byB1.Length; i++)
        {
            rankOf[byB1[i]] = i > 0 && sortedB1[i] == sortedB1[i - 1] ? rankOf[byB1[i - 1]] : i + 1;
        }
        var fenwick = new long[sortedB1.Length + 1];
        long inserted = 0;
        long count = 0;
        var bPtr = 0;
        foreach (var ai in aOrder)
        {
            var need0 = thresholds[0] - a0[ai];
            while (bPtr < bOrder.Length && b0[bOrder[bPtr]] >= need0)
            {
                var rank = rankOf[bOrder[bPtr]];
                for (var x = rank; x < fenwick.Length; x += x & -x)
                {
                    fenwick[x]++;
                }
                inserted++;
                bPtr++;
            }
            var need1 = thresholds[1] - a1[ai];
            // Inserted b with b1 < need1: prefix count up to the rank just below need1.
            var below = SortedSearch.LowerBound(sortedB1, need1);
            long smaller = 0;
            for (var x = below; x > 0; x -= x & -x)
            {
                smaller += fenwick[x];
            }
            count += inserted - smaller;
        }
        return RangeCount.Exact(count);
    }

    /// <summary>How many partial outcomes issues [from, to) make (saturating above <see cref="MaxHalfSize"/>).</summary>
    private static long HalfSize(int[][] allowed, int from, int to)
    {
        long size = 1;
        for (var i = from; i < to && size <= MaxHalfSize; i++)
        {
            size *= allowed[i].Length;
        }
        return size;
    }

    /// <summary>The split point that balances the two halves' sizes.</summary>
    private static int BestSplit(int[][] allowed)
    {
        var logs = allowed.Select(a => Math.Log(a.Length)).ToArray();
        var total = logs.Sum();
        var best = 0;
        var bestGap = double.PositiveInfinity;
        var acc = 0.0;
        for (var s = 0; s <= allowed.Length; s++)
        {
            var gap = Math.Abs(total - (2 * acc));
            if (gap < bestGap)
            {
                bestGap = gap;
                best = s;
            }
            if (s < allowed.Length)
            {
                acc += logs[s];
            }
        }
        return best;
    }

    /// <summary>Every combination of issues [from, to) as two parallel arrays of partial utilities.</summary>
    private static (double[] U0, double[] U1) HalfSums(BargainingProblem problem, int[][] allowed, int from, int to)
    {
        var size = HalfSize(allowed, from, to);
        var u0 = new double[size];
        var u1 = new double[size];
        var len = 1;
        var p0 = problem.Profiles[0];
        var p1 = problem.Profiles[1];
        for (var i = from; i < to; i++)
        {
            var opts = allowed[i];
            var t0 = p0.IssueUtilities(i);
            var t1 = p1.IssueUtilities(i);
            // Expand in place from the back so each existing partial sum fans out over the options.
            for (var s = len - 1; s >= 0; s--)
            {
                var s0 = u0[s];
                var s1 = u1[s];
                for (var o = opts.Length - 1; o >= 0; o--)
                {
                    u0[(s * opts.Length) + o] = s0 + t0[opts[o]];
                    u1[(s * opts.Length) + o] = s1 + t1[opts[o]];
                }
            }
            len *= opts.Length;
        }
        return (u0, u1);
    }

    private static RangeCount CountMany(BargainingProblem problem, int[][] allowed, double[] thresholds)
    {
        var n = problem.PartyCount;
        var k = allowed.Length;
        var tables = new double[n][][];
        var sufMax = new double[n][];
        var sufMin = new double[n][];
        for (var j = 0; j < n; j++)
        {
            tables[j] = new double[k][];
            sufMax[j] = new double[k + 1];
            sufMin[j] = new double[k + 1];
            for (var i = 0; i < k; i++)
            {
                var full = problem.Profiles[j].IssueUtilities(i).ToArray();
                tables[j][i] = allowed[i].Select(v => full[v]).ToArray();
            }
            for (var i = k - 1; i >= 0; i--)
            {
                sufMax[j][i] = sufMax[j][i + 1] + tables[j][i].Max();
                sufMin[j][i] = sufMin[j][i + 1] + tables[j][i].Min();
            }
        }
        var remaining = new long[k + 1];
        remaining[k] = 1;
        for (var i = k - 1; i >= 0; i--)
        {
            remaining[i] = remaining[i + 1] * allowed[i].Length;
        }
        // prefix[depth * n + j]: party j's utility over issues 0..depth-1, summed in issue order.
        var prefix = new double[(k + 1) * n];
        long nodes = 0;
        long undecided = 0;
        var lower = Search(0);
        return new RangeCount(lower, lower + undecided);

        long Search(int depth)
        {
            var sure = true;
            for (var j = 0; j < n; j++)
            {
                var partial = prefix[(depth * n) + j];
                if (partial + sufMax[j][depth] < thresholds[j])
                {
                    return 0;
                }
                sure &= partial + sufMin[j][depth] >= thresholds[j];
            }
            if (sure || depth == k)
            {
                return remaining[depth];
            }
            if (++nodes > MaxNodes)
            {
                // Out of budget: this subtree holds between none and all of its outcomes.
                undecided += remaining[depth];
                return 0;
            }
            long total = 0;
            for (var o = 0; o < allowed[depth].Length; o++)
            {
                for (var j = 0; j < n; j++)
                {
                    prefix[((depth + 1) * n) + j] = prefix[(depth * n) + j] + tables[j][depth][o];
                }
                total += Search(depth + 1);
            }
            return total;
        }
    }
}
