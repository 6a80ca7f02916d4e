namespace Parley.Analysis.Range;

/// <summary>
/// Certified bounds on a two-party bargaining range too large for the exact meet-in-the-middle count.
/// The issues with fewest options are listed exactly (at most <see cref="MaxListed"/> partial texts);
/// the rest are summed on a grid: each option's partial utility is rounded down to a multiple of a
/// cell width d, and a dynamic programme over those issues counts the texts per pair of cells. A
/// text rounded to cell x has a true partial utility between x·d and (x + m)·d for its m rounded
/// issues, so pairs surely in the range give the lower bound and pairs possibly in it the upper.
/// The gap is the share of texts within m cells of either reservation line; with
/// <see cref="Cells"/> cells a side and m near 8 it is a few per cent of the range at 10^15 texts.
/// </summary>
internal static class GridRangeCounter
{
    /// <summary>Cells per party axis.</summary>
    public const int Cells = 2048;

    /// <summary>The most partial texts listed exactly.</summary>
    public const long MaxListed = 4_000_000;

    /// <summary>Slack in cells for rounding in the floor of each partial utility.</summary>
    private const double Slack = 1e-6;

    public static RangeCount Count(BargainingProblem problem, int[][] allowed, double[] thresholds)
    {
        var k = allowed.Length;
        var listed = new List<int>();
        long size = 1;
        foreach (var i in Enumerable.Range(0, k).OrderBy(i => allowed[i].Length))
        {
            if (size * allowed[i].Length > MaxListed)
            {
                break;
            }
            listed.Add(i);
            size *= allowed[i].Length;
        }
        var gridded = Enumerable.Range(0, k).Where(i => !listed.Contains(i)).ToArray();
        var (a0, a1) = Sums(problem, allowed, [.. listed], size);

        var axis0 = Axis.Of(problem.Profiles[0], allowed, gridded);
        var axis1 = Axis.Of(problem.Profiles[1], allowed, gridded);
        var suffix = SuffixCounts(allowed, gridded, axis0, axis1);
        var width1 = axis1.Top + 1;

        long lower = 0;
        long upper = 0;
        for (var s = 0; s < a0.Length; s++)
        {
            var need0 = (thresholds[0] - a0[s] - axis0.Base) / axis0.Width;
            var need1 = (thresholds[1] - a1[s] - axis1.Base) / axis1.Width;
            lower += At(suffix, width1, axis0.Top, axis1.Top, Math.Ceiling(need0 + Slack), Math.Ceiling(need1 + Slack));
            upper += At(suffix, width1, axis0.Top, axis1.Top, Math.Ceiling(need0 - axis0.Rounded - Slack), Math.Ceiling(need1 - axis1.Rounded - Slack));
        }
        return new RangeCount(lower, upper);
    }

    private static long At(long[] suffix, int width1, int top0, int top1, double x, double y)
    {
        if (x > top0 || y > top1)
        {
            return 0;
        }
        var cx = (int)Math.Max(0, x);
        var cy = (int)Math.Max(0, y);
        return suffix[(cx * width1) + cy];
    }

    /// <summary>How one party's partial utility over the gridded issues maps to cells.</summary>
    private sealed record Axis(double Base, double Width, int Rounded, int[][] Cell, int Top)
    {
        public static Axis Of(Domain.Preferences.PreferenceProfile profile, int[][] allowed, int[] gridded)
        {
            var lows = gridded.Select(i => allowed[i].Min(o => profile.IssueUtilities(i)[o])).ToArray();
            var spans = gridded.Select((i, g) => allowed[i].Max(o => profile.IssueUtilities(i)[o]) - lows[g]).ToArray();
            var total = spans.Sum();
            var width = total > 0 ? total / Cells : 1.0;
            var cells = gridded.Select((i, g) => allowed[i].Select(o => (int)Math.Floor((profile.IssueUtilities(i)[o] - lows[g]) / width)).ToArray()).ToArray();
            return new Axis(lows.Sum(), width, spans.Count(s => s > 0), cells, cells.Sum(c => c.Max()));
        }
    }

    /// <summary>suffix[x, y]: texts over the gridded issues whose cells are at least (x, y).</summary>
    private static long[] SuffixCounts(int[][] allowed, int[] gridded, Axis axis0, Axis axis1)
    {
        var w0 = axis0.Top + 1;
        var w1 = axis1.Top + 1;
        var current = new long[w0 * w1];
        var next = new long[w0 * w1];
        current[0] = 1;
        int reach0 = 0, reach1 = 0;
        for (var g = 0; g < gridded.Length; g++)
        {
            Array.Clear(next);
            var c0 = axis0.Cell[g];
            var c1 = axis1.Cell[g];
            for (var x = 0; x <= reach0; x++)
            {
                for (var y = 0; y <= reach1; y++)
                {
                    var n = current[(x * w1) + y];
                    if (n == 0)
                    {
                        continue;
                    }
                    for (var o = 0; o < c0.Length; o++)
                    {
                        next[((x + c0[o]) * w1) + y + c1[o]] += n;
                    }
                }
            }
            reach0 += c0.Max();
            reach1 += c1.Max();
            (current, next) = (next, current);
        }
        for (var x = w0 - 1; x >= 0; x--)
        {
            for (var y = w1 - 1; y >= 0; y--)
            {
                var right = y + 1 < w1 ? current[(x * w1) + y + 1] : 0;
                var below = x + 1 < w0 ? current[((x + 1) * w1) + y] : 0;
                var both = x + 1 < w0 && y + 1 < w1 ? current[((x + 1) * w1) + y + 1] : 0;
                current[(x * w1) + y] += right + below - both;
            }
        }
        return current;
    }

    /// <summary>Both parties' partial utilities over <paramref name="issues"/>, one entry per combination of their options.</summary>
    private static (double[] U0, double[] U1) Sums(BargainingProblem problem, int[][] allowed, int[] issues, long size)
    {
        var u0 = new double[size];
        var u1 = new double[size];
        var len = 1;
        foreach (var i in issues)
        {
            var opts = allowed[i];
            var t0 = problem.Profiles[0].IssueUtilities(i);
            var t1 = problem.Profiles[1].IssueUtilities(i);
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
}
