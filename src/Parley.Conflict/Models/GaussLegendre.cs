using System.Collections.Immutable;

namespace Parley.Conflict.Models;

/// <summary>
/// Gauss–Legendre quadrature [STD]: the n nodes are the roots of the Legendre polynomial P_n, found
/// by Newton's method from Tricomi's initial guesses cos(π(i − ¼)/(n + ½)), with weights
/// 2 / ((1 − x²) P_n'(x)²). An n-point rule integrates polynomials of degree 2n − 1 exactly on [−1, 1].
/// </summary>
internal static class GaussLegendre
{
    /// <summary>The 16-point rule on [−1, 1], computed once.</summary>
    public static GaussLegendreRule Sixteen { get; } = Rule(16);

    /// <summary>The n-point rule on [−1, 1].</summary>
    public static GaussLegendreRule Rule(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var nodes = new double[n];
        var weights = new double[n];
        for (var i = 0; i < (n + 1) / 2; i++)
        {
            var x = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (var iteration = 0; iteration < 100; iteration++)
            {
                // P_n(x) and P_n'(x) by the three-term recurrence.
                double p0 = 1, p1 = x;
                for (var k = 2; k <= n; k++)
                {
                    (p0, p1) = (p1, (((2 * k) - 1) * x * p1 - ((k - 1) * p0)) / k);
                }
                var pn = n == 1 ? x : p1;
                var pPrev = n == 1 ? 1 : p0;
                derivative = n * ((x * pn) - pPrev) / ((x * x) - 1);
                var step = pn / derivative;
                x -= step;
                if (Math.Abs(step) < 1e-15)
                {
                    break;
                }
            }
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = weights[n - 1 - i] = 2 / ((1 - (x * x)) * derivative * derivative);
        }
        return new GaussLegendreRule([.. nodes], [.. weights]);
    }
}

/// <summary>Nodes and weights of a quadrature rule on [−1, 1].</summary>
/// <param name="Nodes">The nodes, increasing.</param>
/// <param name="Weights">Their weights (summing to 2).</param>
internal sealed record GaussLegendreRule(ImmutableArray<double> Nodes, ImmutableArray<double> Weights);
