namespace Parley.Data.Statistics;

/// <summary>
/// The log-gamma function and the regularized incomplete gamma functions P(a, x) and Q(a, x), with
/// the inverse of P in x. P is summed as a power series for x &lt; a + 1 and Q evaluated as a
/// continued fraction (modified Lentz) otherwise; both converge to double precision.
/// </summary>
public static class Gamma
{
    private const double Epsilon = 1e-15;
    private const int MaxIterations = 10_000;

    // Lanczos approximation, g = 7, n = 9 (coefficients as published by Godfrey).
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(<paramref name="x"/>) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1-x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }
        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a).</summary>
    public static double P(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0)
        {
            return 0;
        }
        return x < a + 1 ? Series(a, x) : 1 - ContinuedFraction(a, x);
    }

    /// <summary>The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x).</summary>
    public static double Q(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0)
        {
            return 1;
        }
        return x < a + 1 ? 1 - Series(a, x) : ContinuedFraction(a, x);
    }

    /// <summary>The x with P(a, x) = <paramref name="p"/>: the p-quantile of a Gamma(a, 1) variable.</summary>
    public static double InverseP(double a, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), "must be in [0, 1]");
        }
        if (p == 0)
        {
            return 0;
        }
        if (p == 1)
        {
            return double.PositiveInfinity;
        }
        // Bracket the root, then Newton steps kept inside the bracket (bisection when they leave it).
        double lo = 0, hi = Math.Max(1, a);
        while (P(a, hi) < p)
        {
            lo = hi;
            hi *= 2;
        }
        var x = WilsonHilferty(a, p);
        if (!(x > lo && x < hi))
        {
            x = 0.5 * (lo + hi);
        }
        var logNorm = LogGamma(a);
        for (var i = 0; i < 200; i++)
        {
            var f = P(a, x) - p;
            if (f < 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }
            var density = Math.Exp(((a - 1) * Math.Log(x)) - x - logNorm);
            var next = density > 0 ? x - (f / density) : double.NaN;
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }
            if (Math.Abs(next - x) <= 1e-14 * Math.Max(1, x))
            {
                return next;
            }
            x = next;
        }
        return x;
    }

    private static double WilsonHilferty(double a, double p)
    {
        // Gamma(a) ~ a (1 - 1/(9a) + z / (3 sqrt(a)))^3 with z the normal quantile.
        var z = Normal.Quantile(p);
        var t = 1 - (1 / (9 * a)) + (z / (3 * Math.Sqrt(a)));
        return a * t * t * t;
    }

    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }
        return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
    }

    private static double ContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }
            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }
}
