using Parley.Conflict.Models;

namespace Parley.Tests.Conflict.Models;

public class GamblersRuinTests
{
    [Fact]
    public void Fair_walk_from_the_middle()
    {
        // theta = 1/2: Pr(win) = k/n = 5/10, E[steps] = k(n - k) = 25.
        GamblersRuin.Solve(0.5, 5, 10, out var win, out var steps);
        Assert.Equal(0.5, win, 12);
        Assert.Equal(25, steps, 10);
    }

    [Fact]
    public void Textbook_biased_walk()
    {
        // theta = 0.6, k = 2, n = 4: r = 0.4/0.6 = 2/3; Pr(win) = (1 - 4/9)/(1 - 16/81) = (5/9)/(65/81) = 45/65 = 9/13.
        // E[steps] = (k - n Pr)/(q - p) = (2 - 36/13)/(-0.2) = (-10/13)/(-0.2) = 50/13.
        GamblersRuin.Solve(0.6, 2, 4, out var win, out var steps);
        Assert.Equal(9.0 / 13, win, 12);
        Assert.Equal(50.0 / 13, steps, 10);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.5000000001)]
    [InlineData(0.4999)]
    [InlineData(0.503)]
    [InlineData(0.4999874)]
    [InlineData(0.50002)]
    [InlineData(0.5003)]
    [InlineData(0.5004)]
    [InlineData(0.62)]
    [InlineData(0.97)]
    [InlineData(0.02)]
    public void Agrees_with_a_direct_solution_of_the_linear_recurrence(double theta)
    {
        foreach (var n in new[] { 2, 6, 10, 30, 200 })
        {
            var (win, steps) = SolveRecurrence(theta, n);
            for (var k = 0; k <= n; k++)
            {
                GamblersRuin.Solve(theta, k, n, out var w, out var s);
                Assert.True(Math.Abs(win[k] - w) <= 1e-9, $"theta {theta}, n {n}, k {k}: {w} vs {win[k]}");
                Assert.True(Math.Abs(steps[k] - s) <= 1e-9 * Math.Max(1, steps[k]), $"theta {theta}, n {n}, k {k}: {s} vs {steps[k]}");
            }
        }
    }

    /// <summary>
    /// Solves W_k = theta W_{k+1} + (1 - theta) W_{k-1} (W_0 = 0, W_n = 1) and
    /// E_k = 1 + theta E_{k+1} + (1 - theta) E_{k-1} (E_0 = E_n = 0) by Gaussian elimination of the
    /// tridiagonal system (Thomas algorithm), independently of the closed forms.
    /// </summary>
    private static (double[] Win, double[] Steps) SolveRecurrence(double theta, int n)
    {
        double[] Solve(Func<int, double> rhs, double left, double right)
        {
            // Unknowns x_1..x_{n-1}: -(1-theta) x_{k-1} + x_k - theta x_{k+1} = rhs(k).
            var m = n - 1;
            var c = new double[m];
            var d = new double[m];
            for (var i = 0; i < m; i++)
            {
                var k = i + 1;
                var a = -(1 - theta);
                var b = 1.0;
                var cc = -theta;
                var dd = rhs(k);
                if (k == 1)
                {
                    dd -= a * left;
                }
                if (k == n - 1)
                {
                    dd -= cc * right;
                }
                if (i == 0)
                {
                    c[i] = cc / b;
                    d[i] = dd / b;
                }
                else
                {
                    var denom = b - (a * c[i - 1]);
                    c[i] = cc / denom;
                    d[i] = (dd - (a * d[i - 1])) / denom;
                }
            }
            var x = new double[n + 1];
            x[0] = left;
            x[n] = right;
            for (var i = m - 1; i >= 0; i--)
            {
                x[i + 1] = d[i] - (i < m - 1 ? c[i] * x[i + 2] : 0);
            }
            return x;
        }
        return (Solve(_ => 0, 0, 1), Solve(_ => 1, 0, 0));
    }
}
