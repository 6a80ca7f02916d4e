namespace Parley.Conflict.Models;

/// <summary>
/// The gambler's-ruin random walk behind the battlefront and fort models: from position k in
/// {0..n}, A advances one step with probability θ and retreats otherwise, until it reaches n (A
/// wins) or 0 (B wins). Closed forms [STD], with q = 1 − θ, r = q/θ and x = ln r:
/// Pr(A wins) = (1 − r^k)/(1 − r^n) and E[steps] = (k − n·Pr(A wins))/(q − θ), or k/n and k(n − k)
/// when θ = ½. Near θ = ½ both forms cancel badly, so for |n·x| &lt; 10⁻² the code uses the Taylor
/// series of (e^{kx} − 1)/(e^{nx} − 1) to fifth order (relative error below 10⁻¹²); far from ½ it
/// raises whichever of r, 1/r is below 1 to whole powers by repeated squaring, so that no power
/// overflows and no transcendental function is called.
/// </summary>
public static class GamblersRuin
{
    private const double SeriesLimit = 1e-2;

    /// <summary>Probability that A reaches <paramref name="size"/> before 0 from <paramref name="position"/>, and the expected number of steps.</summary>
    /// <param name="theta">Probability that A advances in one step.</param>
    /// <param name="position">Start position k (clamped to the ends: 0 → lost, size → won).</param>
    /// <param name="size">The far end n (at least 1).</param>
    /// <param name="winProbability">Pr(A reaches n first).</param>
    /// <param name="expectedSteps">Expected steps until either end.</param>
    public static void Solve(double theta, int position, int size, out double winProbability, out double expectedSteps)
    {
        if (position <= 0)
        {
            winProbability = 0;
            expectedSteps = 0;
            return;
        }
        if (position >= size)
        {
            winProbability = 1;
            expectedSteps = 0;
            return;
        }
        if (theta <= 0)
        {
            winProbability = 0;
            expectedSteps = position;
            return;
        }
        if (theta >= 1)
        {
            winProbability = 1;
            expectedSteps = size - position;
            return;
        }
        double k = position;
        double n = size;
        var drift = 1 - (2 * theta);          // q − θ
        if (Math.Abs(n * drift) < SeriesLimit / 2)
        {
            var x = 2 * Math.Atanh(drift);    // ln(q/θ), accurate near θ = ½; |n·x| < 10⁻² here
            var bk = Series(k * x);
            var bn = Series(n * x);
            winProbability = k / n * bk / bn;
            // k − n·Pr(win) = k·x·[(n−k)/2 + (n²−k²)x/6 + (n³−k³)x²/24 + (n⁴−k⁴)x³/120] / B(n)
            var bracket = ((n - k) / 2)
                + ((n * n - k * k) * x / 6)
                + ((n * n * n - k * k * k) * x * x / 24)
                + ((n * n * n * n - k * k * k * k) * x * x * x / 120);
            var ratio = drift == 0 ? 2 : x / drift;
            expectedSteps = k * ratio * bracket / bn;
            return;
        }
        var q = 1 - theta;
        if (q > theta)
        {
            // r = q/θ > 1: multiply through by r^(−n) and use s = θ/q < 1, so no power overflows.
            var s = theta / q;
            var sFar = Power(s, size - position);
            var sAll = sFar * Power(s, position);
            winProbability = (sFar - sAll) / (1 - sAll);
        }
        else
        {
            var r = q / theta;
            var rk = Power(r, position);
            var rn = rk * Power(r, size - position);
            winProbability = (1 - rk) / (1 - rn);
        }
        expectedSteps = (k - (n * winProbability)) / drift;
    }

    /// <summary>b^e for a whole e ≥ 0 by repeated squaring (cheaper than Math.Pow and as accurate for small e).</summary>
    private static double Power(double b, int e)
    {
        var result = 1.0;
        while (e > 0)
        {
            if ((e & 1) != 0)
            {
                result *= b;
            }
            b *= b;
            e >>= 1;
        }
        return result;
    }

    /// <summary>(e^y − 1)/y to fifth order: 1 + y/2 + y²/6 + y³/24 + y⁴/120.</summary>
    private static double Series(double y) => 1 + (y * (0.5 + (y * ((1.0 / 6) + (y * ((1.0 / 24) + (y / 120)))))));
}
