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
internal static class GamblersRuin
{
    private const double SeriesLimit = 1e-2;
    private const double NarrowBelief = 0.005;

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

    /// <summary>
    /// The same quantities averaged over a Beta(<paramref name="alpha"/>, <paramref name="beta"/>)
    /// belief about θ: ∫ Pr(A wins | θ) Beta(θ) dθ and ∫ E[steps | θ] Beta(θ) dθ. This is what a side
    /// with that belief expects, since its predictive law of the walk is the mixture of the fixed-odds
    /// walks; plugging the mean into <see cref="Solve"/> instead overstates a favoured side's chance
    /// (Beta(9, 6) from 3 of 8: 0.732 at the mean 0.6, 0.654 averaged). Composite 16-point
    /// Gauss–Legendre on the belief's mean ± 12 standard deviations (within [0, 1]), cut into 1 to 256
    /// equal panels, about one per 1/n of width (the win probability turns from 0 to 1 over a width of
    /// about 1/n around ½), with the density scaled by its largest value at the nodes and
    /// normalised by the same rule, so no Beta function is needed.
    /// </summary>
    public static void SolveAveraged(double alpha, double beta, int position, int size, out double winProbability, out double expectedSteps)
    {
        if (!(alpha > 0) || !(beta > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), "Beta parameters must be positive");
        }
        if (position <= 0 || position >= size)
        {
            Solve(0.5, position, size, out winProbability, out expectedSteps);
            return;
        }
        var rule = GaussLegendre.Sixteen;
        // The belief's mass lies within 12 standard deviations of its mean (beyond, the density is
        // below 1e-9 of its peak for any Beta): integrate there, on about one panel per 1/n of width.
        var sum = alpha + beta;
        var mean = alpha / sum;
        var sd = Math.Sqrt(alpha * beta / (sum * sum * (sum + 1)));
        if (size * sd < NarrowBelief)
        {
            // A belief so narrow that the ruin chance is all but linear across it (n·σ below 0.005):
            // the three-point Gauss–Hermite rule on its mean and spread (nodes μ ± √3σ, weights 1/6,
            // 2/3, 1/6), exact to the belief's second moment; the error is of order (n·σ)³ < 1e-7.
            var spread = Math.Sqrt(3) * sd;
            Solve(mean, position, size, out var midWin, out var midSteps);
            Solve(Math.Max(0, mean - spread), position, size, out var lowWin, out var lowSteps);
            Solve(Math.Min(1, mean + spread), position, size, out var highWin, out var highSteps);
            winProbability = ((lowWin + highWin) / 6) + (2 * midWin / 3);
            expectedSteps = ((lowSteps + highSteps) / 6) + (2 * midSteps / 3);
            return;
        }
        var lo = Math.Max(0, mean - (12 * sd));
        var hi = Math.Min(1, mean + (12 * sd));
        var panels = (int)Math.Clamp(Math.Ceiling(size * (hi - lo)), 1, 256);
        var nodes = rule.Nodes.Length;
        Span<double> logs = stackalloc double[panels * nodes];
        var maxLog = double.NegativeInfinity;
        for (var p = 0; p < panels; p++)
        {
            for (var j = 0; j < nodes; j++)
            {
                var log = LogKernel(alpha, beta, Node(rule, p, j, panels, lo, hi));
                logs[(p * nodes) + j] = log;
                maxLog = Math.Max(maxLog, log);
            }
        }
        double mass = 0, win = 0, steps = 0;
        for (var p = 0; p < panels; p++)
        {
            for (var j = 0; j < nodes; j++)
            {
                var w = rule.Weights[j] * Math.Exp(logs[(p * nodes) + j] - maxLog);
                if (w == 0)
                {
                    continue;
                }
                Solve(Node(rule, p, j, panels, lo, hi), position, size, out var pw, out var ps);
                mass += w;
                win += w * pw;
                steps += w * ps;
            }
        }
        winProbability = win / mass;
        expectedSteps = steps / mass;
    }

    private static double Node(GaussLegendreRule rule, int panel, int j, int panels, double lo, double hi) =>
        lo + ((hi - lo) * (panel + ((rule.Nodes[j] + 1) / 2)) / panels);

    private static double LogKernel(double alpha, double beta, double theta) => ((alpha - 1) * Math.Log(theta)) + ((beta - 1) * Math.Log(1 - theta));

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
