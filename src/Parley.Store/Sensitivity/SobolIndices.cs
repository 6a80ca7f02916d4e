namespace Parley.Store.Sensitivity;

/// <summary>
/// First-order and total-effect Sobol indices of one parameter from the Saltelli design: the model
/// values on the base matrices A and B and on A with the parameter's column taken from B. Estimators
/// of Saltelli et al. 2010 (first order: mean of f(B)·(f(A_B) − f(A)) over the variance) and Jansen 1999
/// (total: half the mean of (f(A) − f(A_B))² over the variance), the variance over A and B together.
/// </summary>
/// <param name="FirstOrder">The share of the output's variance the parameter explains alone.</param>
/// <param name="Total">The share it explains with all its interactions.</param>
public readonly record struct SobolIndices(double FirstOrder, double Total)
{
    /// <summary>The indices from <paramref name="a"/>, <paramref name="b"/> and <paramref name="ab"/> (same length; NaN rows are left out).</summary>
    public static SobolIndices Estimate(IReadOnlyList<double> a, IReadOnlyList<double> b, IReadOnlyList<double> ab)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(ab);
        var rows = Enumerable.Range(0, a.Count).Where(i => double.IsFinite(a[i]) && double.IsFinite(b[i]) && double.IsFinite(ab[i])).ToList();
        if (rows.Count < 2)
        {
            return new SobolIndices(double.NaN, double.NaN);
        }
        var all = rows.Select(i => a[i]).Concat(rows.Select(i => b[i])).ToList();
        var mean = all.Average();
        var variance = all.Sum(v => (v - mean) * (v - mean)) / all.Count;
        if (variance <= 0)
        {
            return new SobolIndices(0, 0);
        }
        var first = rows.Average(i => b[i] * (ab[i] - a[i])) / variance;
        var total = rows.Average(i => (a[i] - ab[i]) * (a[i] - ab[i])) / 2 / variance;
        return new SobolIndices(first, total);
    }
}
