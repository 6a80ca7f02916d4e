using Parley.Domain;

namespace Parley.Analysis.Frontier;

/// <summary>
/// Frontier and range count by enumeration, for profiles with cross-issue terms (or on request).
/// Two parties: two streaming passes; the first records, per bucket of the first party's utility,
/// the best utility of the second; the second pass keeps only outcomes that no higher bucket
/// strictly dominates, and an exact sort-and-sweep finishes on those few. More parties: one pass
/// with a self-organising window (block-nested-loop skyline). Memory stays proportional to the
/// frontier, not the space.
/// </summary>
internal static class EnumeratedFrontier
{
    public static (RawFrontier Frontier, long RangeCount) Compute(BargainingProblem problem, AnalysisOptions options)
    {
        var allowed = problem.AllowedOptions();
        var total = OutcomeEnumerator.CountAllowed(allowed);
        if (total > options.MaxEnumeratedOutcomes)
        {
            throw new ModelException(
                $"the profiles have cross-issue terms, so Parley must enumerate, but {total:N0} outcomes pass the red lines (limit {options.MaxEnumeratedOutcomes:N0}): coarsen issues or make the profiles additive");
        }
        if (total == 0)
        {
            return (RawFrontier.Empty(problem.PartyCount, problem.Space.IssueCount), 0);
        }
        var thresholds = problem.ReservationValues.Select(r => r - options.RangeTolerance).ToArray();
        if (problem.PartyCount == 2 && problem.IsAdditive)
        {
            return BlockedTwoPartyEnumeration.Compute(problem, allowed, thresholds);
        }
        var meter = new EnumerationMeter(problem.PartyCount == 2 ? 2 * total : total, options.EnumerationProgress, options.Cancellation);
        return problem.PartyCount == 2
            ? ComputeTwo(problem, allowed, thresholds, meter)
            : ComputeMany(problem, allowed, thresholds, meter);
    }

    private static (RawFrontier, long) ComputeTwo(BargainingProblem problem, int[][] allowed, double[] thresholds, EnumerationMeter meter)
    {
        var (lo, hi) = Bounds(problem, allowed, party: 0);
        var total = OutcomeEnumerator.CountAllowed(allowed);
        var buckets = (int)Math.Clamp(total / 8, 1, 1 << 18);
        var scale = hi > lo ? buckets / (hi - lo) * (1 - 1e-12) : 0.0;

        var pass1 = new BucketPass(lo, scale, buckets, thresholds);
        if (total > 0)
        {
            OutcomeEnumerator.Enumerate(problem, allowed, ref pass1, meter);
        }
        // suffix[b] = best u1 in buckets strictly above b.
        var suffix = new double[buckets];
        var running = double.NegativeInfinity;
        for (var b = buckets - 1; b >= 0; b--)
        {
            suffix[b] = running;
            running = Math.Max(running, pass1.BucketBest[b]);
        }
        var pass2 = new CandidatePass(lo, scale, buckets, suffix);
        if (total > 0)
        {
            OutcomeEnumerator.Enumerate(problem, allowed, ref pass2, meter);
        }
        var coords = pass2.Coords.ToArray();
        var kept = Skyline.Filter(coords, 2, pass2.Indices.Count);
        return (Materialise(problem, coords, kept, pass2.Indices), pass1.RangeCount);
    }

    private static (RawFrontier, long) ComputeMany(BargainingProblem problem, int[][] allowed, double[] thresholds, EnumerationMeter meter)
    {
        var pass = new WindowPass(problem.PartyCount, thresholds);
        OutcomeEnumerator.Enumerate(problem, allowed, ref pass, meter);
        var coords = pass.Coords.ToArray();
        var order = Enumerable.Range(0, pass.Indices.Count).ToArray();
        return (Materialise(problem, coords, order, pass.Indices), pass.RangeCount);
    }

    private static RawFrontier Materialise(BargainingProblem problem, double[] coords, int[] kept, List<long> indices)
    {
        var n = problem.PartyCount;
        var k = problem.Space.IssueCount;
        var utilities = new double[kept.Length * n];
        var digits = new int[kept.Length * k];
        for (var i = 0; i < kept.Length; i++)
        {
            Array.Copy(coords, kept[i] * n, utilities, i * n, n);
            problem.Space.Decode(indices[kept[i]], digits.AsSpan(i * k, k));
        }
        return new RawFrontier(utilities, digits, kept.Length, n, k);
    }

    /// <summary>Lowest and highest possible utility of one party over the allowed options.</summary>
    internal static (double Lo, double Hi) Bounds(BargainingProblem problem, int[][] allowed, int party)
    {
        var profile = problem.Profiles[party];
        double lo = 0, hi = 0;
        for (var i = 0; i < allowed.Length; i++)
        {
            var table = profile.IssueUtilities(i);
            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            foreach (var v in allowed[i])
            {
                min = Math.Min(min, table[v]);
                max = Math.Max(max, table[v]);
            }
            lo += min;
            hi += max;
        }
        foreach (var term in profile.Interactions)
        {
            if (term.Value < 0)
            {
                lo += term.Value;
            }
            else
            {
                hi += term.Value;
            }
        }
        return (lo, hi);
    }

    private static int Bucket(double u0, double lo, double scale, int buckets) =>
        Math.Clamp((int)((u0 - lo) * scale), 0, buckets - 1);

    private struct BucketPass(double lo, double scale, int buckets, double[] thresholds) : IOutcomeVisitor
    {
        public readonly double[] BucketBest = Filled(buckets);
        public long RangeCount;

        public void Visit(ReadOnlySpan<double> utilities, bool feasible, long index)
        {
            if (!feasible)
            {
                return;
            }
            var u0 = utilities[0];
            var u1 = utilities[1];
            if (u0 >= thresholds[0] && u1 >= thresholds[1])
            {
                RangeCount++;
            }
            var b = Bucket(u0, lo, scale, buckets);
            if (u1 > BucketBest[b])
            {
                BucketBest[b] = u1;
            }
        }

        private static double[] Filled(int buckets)
        {
            var a = new double[buckets];
            Array.Fill(a, double.NegativeInfinity);
            return a;
        }
    }

    private struct CandidatePass(double lo, double scale, int buckets, double[] suffix) : IOutcomeVisitor
    {
        public readonly List<double> Coords = [];
        public readonly List<long> Indices = [];

        public readonly void Visit(ReadOnlySpan<double> utilities, bool feasible, long index)
        {
            if (!feasible)
            {
                return;
            }
            var u0 = utilities[0];
            var u1 = utilities[1];
            if (u1 >= suffix[Bucket(u0, lo, scale, buckets)])
            {
                Coords.Add(u0);
                Coords.Add(u1);
                Indices.Add(index);
            }
        }
    }

    private struct WindowPass(int n, double[] thresholds) : IOutcomeVisitor
    {
        public readonly List<double> Coords = [];
        public readonly List<long> Indices = [];
        public long RangeCount;

        public void Visit(ReadOnlySpan<double> utilities, bool feasible, long index)
        {
            if (!feasible)
            {
                return;
            }
            var inRange = true;
            for (var j = 0; j < n; j++)
            {
                inRange &= utilities[j] >= thresholds[j];
            }
            if (inRange)
            {
                RangeCount++;
            }
            var coords = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Coords);
            for (var w = 0; w < Indices.Count; w++)
            {
                if (Skyline.WeaklyDominates(coords.Slice(w * n, n), utilities))
                {
                    if (w > 0)
                    {
                        // Move the dominator forward: it will likely reject the next outcome too.
                        Swap(coords, Indices, w, w - 1, n);
                    }
                    return;
                }
            }
            for (var w = Indices.Count - 1; w >= 0; w--)
            {
                if (Skyline.WeaklyDominates(utilities, coords.Slice(w * n, n)))
                {
                    RemoveAt(w);
                    coords = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Coords);
                }
            }
            foreach (var x in utilities)
            {
                Coords.Add(x);
            }
            Indices.Add(index);
        }

        private readonly void RemoveAt(int w)
        {
            Coords.RemoveRange(w * n, n);
            Indices.RemoveAt(w);
        }

        private static void Swap(Span<double> coords, List<long> indices, int a, int b, int n)
        {
            for (var j = 0; j < n; j++)
            {
                (coords[(a * n) + j], coords[(b * n) + j]) = (coords[(b * n) + j], coords[(a * n) + j]);
            }
            (indices[a], indices[b]) = (indices[b], indices[a]);
        }
    }
}
