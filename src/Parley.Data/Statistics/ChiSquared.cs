namespace Parley.Data.Statistics;

/// <summary>The chi-squared distribution with <c>df</c> degrees of freedom (a Gamma(df/2, 2) variable).</summary>
internal static class ChiSquared
{
    /// <summary>P(X &gt; <paramref name="x"/>): the upper tail, used as a test's p-value.</summary>
    public static double Survival(double x, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        return x <= 0 ? 1 : Gamma.Q(df / 2, x / 2);
    }

    /// <summary>The <paramref name="p"/>-quantile.</summary>
    public static double Quantile(double p, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        return 2 * Gamma.InverseP(df / 2, p);
    }
}
