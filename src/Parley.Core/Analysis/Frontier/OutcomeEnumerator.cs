using Parley.Domain.Preferences;

namespace Parley.Analysis.Frontier;

/// <summary>Receives each enumerated outcome.</summary>
internal interface IOutcomeVisitor
{
    /// <summary>Called once per outcome that passes the per-issue red lines.</summary>
    void Visit(ReadOnlySpan<double> utilities, bool feasible, long index);
}

/// <summary>
/// Counts the outcomes an enumeration has visited, reports them now and then, and stops the
/// enumeration when its cancellation is requested.
/// </summary>
internal sealed class EnumerationMeter(long work, Action<long, long>? progress, CancellationToken cancellation)
{
    private const long ReportEvery = 1 << 20;
    private long _done;
    private long _sinceReport;

    /// <summary>Adds <paramref name="outcomes"/> visited outcomes.</summary>
    public void Add(long outcomes)
    {
        _done += outcomes;
        _sinceReport += outcomes;
        if (_sinceReport < ReportEvery)
        {
            return;
        }
        _sinceReport = 0;
        cancellation.ThrowIfCancellationRequested();
        progress?.Invoke(Math.Min(_done, work), work);
    }
}

/// <summary>
/// Walks every outcome whose values pass all per-issue red lines, as an odometer over the issues,
/// keeping per-party prefix sums so an additive outcome costs one add per party. Cross-issue
/// terms (interactions, combination red lines) are applied per outcome when present.
/// </summary>
internal static class OutcomeEnumerator
{
    public static long CountAllowed(int[][] allowed)
    {
        long total = 1;
        foreach (var a in allowed)
        {
            if (a.Length == 0)
            {
                return 0;
            }
            total = total > long.MaxValue / a.Length ? long.MaxValue : total * a.Length;
        }
        return total;
    }

    public static void Enumerate<TVisitor>(BargainingProblem problem, int[][] allowed, ref TVisitor visitor, EnumerationMeter? meter = null)
        where TVisitor : struct, IOutcomeVisitor
    {
        var space = problem.Space;
        var n = problem.PartyCount;
        var k = space.IssueCount;
        if (CountAllowed(allowed) == 0)
        {
            return;
        }
        var profiles = problem.Profiles;
        var hasInteractions = profiles.Any(p => !p.Interactions.IsEmpty);
        var combinationLines = profiles.SelectMany(p => p.RedLines).OfType<CombinationRedLine>().ToArray();
        var needsDigits = hasInteractions || combinationLines.Length > 0;

        // tables[j][i][p] = party j's utility for the p-th allowed option of issue i.
        var tables = new double[n][][];
        for (var j = 0; j < n; j++)
        {
            tables[j] = new double[k][];
            for (var i = 0; i < k; i++)
            {
                var full = profiles[j].IssueUtilities(i).ToArray();
                tables[j][i] = allowed[i].Select(v => full[v]).ToArray();
            }
        }
        var strides = Enumerable.Range(0, k).Select(space.Stride).ToArray();
        var pos = new int[k];
        var digits = new int[k];
        var prefix = new double[(k + 1) * n];
        var u = new double[n];
        var last = k - 1;
        var lastOptions = allowed[last];

        // Initialise prefix sums for issues 0..k-2 at position 0.
        for (var d = 0; d < last; d++)
        {
            digits[d] = allowed[d][0];
            for (var j = 0; j < n; j++)
            {
                prefix[((d + 1) * n) + j] = prefix[(d * n) + j] + tables[j][d][0];
            }
        }

        while (true)
        {
            long baseIndex = 0;
            for (var d = 0; d < last; d++)
            {
                baseIndex += digits[d] * strides[d];
            }
            var prefixOffset = last * n;
            for (var p = 0; p < lastOptions.Length; p++)
            {
                for (var j = 0; j < n; j++)
                {
                    u[j] = prefix[prefixOffset + j] + tables[j][last][p];
                }
                var feasible = true;
                if (needsDigits)
                {
                    digits[last] = lastOptions[p];
                    if (hasInteractions)
                    {
                        for (var j = 0; j < n; j++)
                        {
                            foreach (var term in profiles[j].Interactions)
                            {
                                if (term.AppliesTo(digits))
                                {
                                    u[j] += term.Value;
                                }
                            }
                        }
                    }
                    foreach (var line in combinationLines)
                    {
                        if (line.IsViolatedBy(digits))
                        {
                            feasible = false;
                            break;
                        }
                    }
                }
                visitor.Visit(u, feasible, baseIndex + lastOptions[p]);
            }
            meter?.Add(lastOptions.Length);

            // Advance the odometer over issues 0..k-2.
            var dd = last - 1;
            while (dd >= 0)
            {
                pos[dd]++;
                if (pos[dd] < allowed[dd].Length)
                {
                    break;
                }
                pos[dd] = 0;
                dd--;
            }
            if (dd < 0)
            {
                return;
            }
            for (var d = dd; d < last; d++)
            {
                digits[d] = allowed[d][pos[d]];
                for (var j = 0; j < n; j++)
                {
                    prefix[((d + 1) * n) + j] = prefix[(d * n) + j] + tables[j][d][pos[d]];
                }
            }
        }
    }
}
