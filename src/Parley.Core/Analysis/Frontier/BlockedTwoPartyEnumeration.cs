
namespace Parley.Analysis.Frontier;

/// <summary>
/// The enumeration hot path for two additive parties. The trailing issues are folded into one
/// block of partial sums (up to <see cref="MaxBlock"/> entries), so every outcome costs two adds,
/// two compares and one bucket update in a tight loop over flat arrays, with no allocation.
/// Pass 1 counts the range and records, per bucket of the first party's utility, the best utility
/// of the second; pass 2 keeps the outcomes that no higher bucket strictly dominates (with a slack
/// of 1e-12 for rounding). The few survivors are then evaluated directly and filtered exactly.
/// </summary>
internal static class BlockedTwoPartyEnumeration
{
    public const int MaxBlock = 4096;
    private const double Slack = 1e-12;

    public static (RawFrontier Frontier, long RangeCount) Compute(BargainingProblem problem, int[][] allowed, double[] thresholds)
    {
        var space = problem.Space;
        var k = space.IssueCount;
        var p0 = problem.Profiles[0];
        var p1 = problem.Profiles[1];

        // Block: issues [split, k) folded into flat arrays of partial sums and index offsets.
        var split = k - 1;
        long block = allowed[k - 1].Length;
        while (split > 0 && block * allowed[split - 1].Length <= MaxBlock)
        {
            split--;
            block *= allowed[split].Length;
        }
        var b0 = new double[block];
        var b1 = new double[block];
        var bIndex = new long[block];
        var len = 1;
        for (var i = split; i < k; i++)
        {
            var opts = allowed[i];
            var t0 = p0.IssueUtilities(i);
            var t1 = p1.IssueUtilities(i);
            var stride = space.Stride(i);
            for (var s = len - 1; s >= 0; s--)
            {
                for (var o = opts.Length - 1; o >= 0; o--)
                {
                    var at = (s * opts.Length) + o;
                    b0[at] = b0[s] + t0[opts[o]];
                    b1[at] = b1[s] + t1[opts[o]];
                    bIndex[at] = bIndex[s] + (opts[o] * stride);
                }
            }
            len *= opts.Length;
        }

        // Sort the block by the first party's partial sum: within a prefix the bucket index then
        // only rises, so the bucket array is scanned sequentially.
        var order = Enumerable.Range(0, (int)block).ToArray();
        Array.Sort(b0.ToArray(), order);
        b0 = order.Select(q => b0[q]).ToArray();
        b1 = order.Select(q => b1[q]).ToArray();
        bIndex = order.Select(q => bIndex[q]).ToArray();

        var (pre0, pre1, preIndex) = Prefixes(problem, allowed, split);

        // Bounds of the first party's utility for the buckets.
        var (lo, hi) = EnumeratedFrontier.Bounds(problem, allowed, party: 0);
        var total = block * pre0.Length;
        var buckets = (int)Math.Clamp(total / 8, 1, 1 << 16);
        var scale = hi > lo ? buckets / (hi - lo) * (1 - 1e-12) : 0.0;
        var best = new double[buckets];
        Array.Fill(best, double.NegativeInfinity);
        var rangeCount = FirstPass(pre0, pre1, b0, b1, best, lo, scale, thresholds[0], thresholds[1]);

        var suffix = new double[buckets];
        var running = double.NegativeInfinity;
        for (var b = buckets - 1; b >= 0; b--)
        {
            suffix[b] = running - Slack;
            running = Math.Max(running, best[b]);
        }
        var candidates = new List<long>();
        SecondPass(pre0, pre1, preIndex, b0, b1, bIndex, suffix, lo, scale, candidates);

        // Exact filter on directly evaluated utilities.
        var digits = new int[k];
        var coords = new double[candidates.Count * 2];
        for (var c = 0; c < candidates.Count; c++)
        {
            space.Decode(candidates[c], digits);
            coords[2 * c] = p0.Utility(digits);
            coords[(2 * c) + 1] = p1.Utility(digits);
        }
        var kept = Skyline.Filter(coords, 2, candidates.Count);
        var utilities = new double[kept.Length * 2];
        var keptDigits = new int[kept.Length * k];
        for (var i = 0; i < kept.Length; i++)
        {
            utilities[2 * i] = coords[2 * kept[i]];
            utilities[(2 * i) + 1] = coords[(2 * kept[i]) + 1];
            space.Decode(candidates[kept[i]], keptDigits.AsSpan(i * k, k));
        }
        return (new RawFrontier(utilities, keptDigits, kept.Length, 2, k), rangeCount);
    }

    private static long FirstPass(double[] pre0, double[] pre1, double[] b0, double[] b1, double[] best, double lo, double scale, double t0, double t1)
    {
        long count = 0;
        var last = best.Length - 1;
        for (var p = 0; p < pre0.Length; p++)
        {
            var a0 = pre0[p];
            var a1 = pre1[p];
            for (var q = 0; q < b0.Length; q++)
            {
                var u0 = a0 + b0[q];
                var u1 = a1 + b1[q];
                count += (u0 >= t0) & (u1 >= t1) ? 1 : 0;
                var b = (int)((u0 - lo) * scale);
                b = b < 0 ? 0 : b > last ? last : b;
                if (u1 > best[b])
                {
                    best[b] = u1;
                }
            }
        }
        return count;
    }

    private static void SecondPass(double[] pre0, double[] pre1, long[] preIndex, double[] b0, double[] b1, long[] bIndex, double[] suffix, double lo, double scale, List<long> candidates)
    {
        var last = suffix.Length - 1;
        for (var p = 0; p < pre0.Length; p++)
        {
            var a0 = pre0[p];
            var a1 = pre1[p];
            for (var q = 0; q < b0.Length; q++)
            {
                var u0 = a0 + b0[q];
                var b = (int)((u0 - lo) * scale);
                b = b < 0 ? 0 : b > last ? last : b;
                if (a1 + b1[q] >= suffix[b])
                {
                    candidates.Add(preIndex[p] + bIndex[q]);
                }
            }
        }
    }

    /// <summary>Partial sums and index offsets of every combination of issues [0, split), in odometer order.</summary>
    private static (double[] Pre0, double[] Pre1, long[] Index) Prefixes(BargainingProblem problem, int[][] allowed, int split)
    {
        long count = 1;
        for (var i = 0; i < split; i++)
        {
            count *= allowed[i].Length;
        }
        var pre0 = new double[count];
        var pre1 = new double[count];
        var index = new long[count];
        var len = 1;
        for (var i = 0; i < split; i++)
        {
            var opts = allowed[i];
            var t0 = problem.Profiles[0].IssueUtilities(i).ToArray();
            var t1 = problem.Profiles[1].IssueUtilities(i).ToArray();
            var stride = problem.Space.Stride(i);
            for (var s = len - 1; s >= 0; s--)
            {
                for (var o = opts.Length - 1; o >= 0; o--)
                {
                    var at = (s * opts.Length) + o;
                    pre0[at] = pre0[s] + t0[opts[o]];
                    pre1[at] = pre1[s] + t1[opts[o]];
                    index[at] = index[s] + (opts[o] * stride);
                }
            }
            len *= opts.Length;
        }
        return (pre0, pre1, index);
    }
}
