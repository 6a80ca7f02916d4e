using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>
/// The log-rank (Mantel-Cox) test that k groups share one survival curve. At each distinct event
/// time tⱼ, with nⱼ at risk and dⱼ events overall, group g expects Eg += ngⱼ dⱼ / nⱼ, and the
/// covariance adds Vgh += dⱼ (nⱼ - dⱼ) / (nⱼ - 1) · (ngⱼ / nⱼ)(δgh - nhⱼ / nⱼ). The statistic
/// (O - E)ᵀ V⁻¹ (O - E) over the first k - 1 groups is χ² with k - 1 degrees of freedom.
/// </summary>
internal static class LogRank
{
    /// <summary>Tests <paramref name="groups"/> (name and observations; at least two non-empty groups).</summary>
    public static LogRankResult Test(IReadOnlyList<(string Name, IReadOnlyList<SurvivalObservation> Observations)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Where(g => g.Observations.Count > 0).ToList();
        if (used.Count < 2)
        {
            throw new ModelException("a log-rank test needs at least two non-empty groups: widen the selection");
        }
        var k = used.Count;
        var pooled = used.SelectMany((g, index) => g.Observations.Select(o => (o.Time, o.IsEvent, Group: index)))
            .OrderBy(x => x.Time).ToArray();
        var atRisk = used.Select(g => g.Observations.Count).ToArray();
        var observed = new int[k];
        var expected = new double[k];
        var v = new double[k, k];
        var i = 0;
        while (i < pooled.Length)
        {
            var time = pooled[i].Time;
            var eventsByGroup = new int[k];
            var leaving = new int[k];
            while (i < pooled.Length && pooled[i].Time == time)
            {
                leaving[pooled[i].Group]++;
                if (pooled[i].IsEvent)
                {
                    eventsByGroup[pooled[i].Group]++;
                }
                i++;
            }
            var d = eventsByGroup.Sum();
            var n = (double)atRisk.Sum();
            if (d > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    observed[g] += eventsByGroup[g];
                    expected[g] += atRisk[g] * d / n;
                }
                if (n > 1)
                {
                    var factor = d * (n - d) / (n - 1);
                    for (var g = 0; g < k; g++)
                    {
                        for (var h = 0; h < k; h++)
                        {
                            var delta = g == h ? 1.0 : 0.0;
                            v[g, h] += factor * (atRisk[g] / n) * (delta - (atRisk[h] / n));
                        }
                    }
                }
            }
            for (var g = 0; g < k; g++)
            {
                atRisk[g] -= leaving[g];
            }
        }
        var chi = Statistic(observed, expected, v, k);
        var df = k - 1;
        var result = used.Select((g, index) => new LogRankGroup(g.Name, g.Observations.Count, observed[index], expected[index])).ToArray();
        return new LogRankResult(result, chi, df, double.IsNaN(chi) ? double.NaN : ChiSquared.Survival(chi, df));
    }

    // Solves V' x = (O - E)' on the first k - 1 groups by Gaussian elimination with partial pivoting.
    private static double Statistic(int[] observed, double[] expected, double[,] v, int k)
    {
        var m = k - 1;
        var a = new double[m, m + 1];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                a[r, c] = v[r, c];
            }
            a[r, m] = observed[r] - expected[r];
        }
        var diff = Enumerable.Range(0, m).Select(r => a[r, m]).ToArray();
        for (var col = 0; col < m; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < m; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                return double.NaN; // No variance: no events, or every event in one risk set.
            }
            if (pivot != col)
            {
                for (var c = 0; c <= m; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }
            }
            for (var r = 0; r < m; r++)
            {
                if (r == col)
                {
                    continue;
                }
                var f = a[r, col] / a[col, col];
                for (var c = col; c <= m; c++)
                {
                    a[r, c] -= f * a[col, c];
                }
            }
        }
        var chi = 0.0;
        for (var r = 0; r < m; r++)
        {
            chi += diff[r] * (a[r, m] / a[r, r]);
        }
        return chi;
    }
}
