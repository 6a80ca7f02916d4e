using Parley.Data.Statistics;

namespace Parley.Tests.Data.Statistics;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(7.25)]
    public void P_with_shape_one_is_the_exponential_cdf(double x)
    {
        // P(1, x) = 1 - e^-x.
        Assert.Equal(1 - Math.Exp(-x), Gamma.P(1, x), 14);
        Assert.Equal(Math.Exp(-x), Gamma.Q(1, x), 14);
    }

    [Fact]
    public void P_with_shape_one_half_is_the_error_function()
    {
        // P(1/2, x) = erf(sqrt x); erf(1) = 0.8427007929497149 (tabulated).
        Assert.Equal(0.8427007929497149, Gamma.P(0.5, 1), 13);
    }

    [Fact]
    public void LogGamma_matches_closed_forms()
    {
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), Gamma.LogGamma(0.5), 13); // Γ(1/2) = √π
        Assert.Equal(Math.Log(362880), Gamma.LogGamma(10), 12);               // Γ(10) = 9!
    }

    [Theory]
    [InlineData(0.3, 1.0)]
    [InlineData(0.9, 4.5)]
    [InlineData(0.025, 17)]
    [InlineData(0.975, 0.2)]
    public void InverseP_inverts_P(double p, double a)
    {
        Assert.Equal(p, Gamma.P(a, Gamma.InverseP(a, p)), 12);
    }

    [Fact]
    public void Normal_quantiles_match_published_values()
    {
        Assert.Equal(1.959963984540054, Normal.Quantile(0.975), 12);
        Assert.Equal(-1.6448536269514722, Normal.Quantile(0.05), 12);
        Assert.Equal(0.0, Normal.Quantile(0.5), 14);
    }

    [Fact]
    public void Chi_squared_matches_closed_forms()
    {
        // df = 1: the 0.95 quantile is z(0.975)^2 = 3.841458820694124.
        Assert.Equal(3.841458820694124, ChiSquared.Quantile(0.95, 1), 10);
        // df = 2: X ~ Exponential(1/2), so P(X > x) = e^(-x/2) and the p-quantile is -2 ln(1 - p).
        Assert.Equal(Math.Exp(-1.5), ChiSquared.Survival(3, 2), 14);
        Assert.Equal(-2 * Math.Log(1 - 0.9), ChiSquared.Quantile(0.9, 2), 12);
    }

    [Fact]
    public void Wilson_interval_for_5_of_10()
    {
        // p = 0.5, z = 1.959964, z² = 3.841459, n = 10:
        // centre = (0.5 + 3.841459/20) / (1 + 0.3841459) = 0.5
        // half = 1.959964 * sqrt(0.025 + 3.841459/400) / 1.3841459 = 1.959964 * 0.1860206 / 1.3841459 = 0.2634069
        // (published Wilson interval for 5/10: 0.2366-0.7634)
        var ci = Intervals.Wilson(5, 10);
        Assert.Equal(0.5, ci.Estimate, 12);
        Assert.Equal(0.5 - 0.2634069, ci.Lower, 6);
        Assert.Equal(0.5 + 0.2634069, ci.Upper, 6);
    }

    [Fact]
    public void Poisson_rate_interval_with_no_events()
    {
        // d = 0: lower 0, upper = χ²(0.975; 2)/(2T) = -ln(0.025)/T.
        var ci = Intervals.PoissonRate(0, 100);
        Assert.Equal(0, ci.Lower);
        Assert.Equal(-Math.Log(0.025) / 100, ci.Upper, 12);
    }

    [Fact]
    public void Poisson_rate_interval_with_one_event()
    {
        // d = 1, T = 1: lower solves P(1, x) = 0.025, i.e. x = -ln(0.975) = 0.0253178;
        // upper solves P(2, x) = 0.975, i.e. 1 - e^-x (1 + x) = 0.975: x = 5.571643 (Garwood's table: 0.0253, 5.5716).
        var ci = Intervals.PoissonRate(1, 1);
        Assert.Equal(-Math.Log(0.975), ci.Lower, 12);
        Assert.Equal(5.571643, ci.Upper, 5);
        Assert.Equal(1 - 0.025, 1 - (Math.Exp(-ci.Upper) * (1 + ci.Upper)), 12);
    }

    [Fact]
    public void Type_7_quantiles()
    {
        // R: quantile(1:4, c(.25, .5, .9)) = 1.75, 2.5, 3.7 (h = (n-1)p = 0.75, 1.5, 2.7).
        double[] x = [1, 2, 3, 4];
        Assert.Equal(1.75, Quantiles.OfSorted(x, 0.25), 12);
        Assert.Equal(2.5, Quantiles.OfSorted(x, 0.5), 12);
        Assert.Equal(3.7, Quantiles.OfSorted(x, 0.9), 12);
        var d = Distribution.Of([4, 1, 3, 2]);
        Assert.Equal(2.5, d.Mean, 12);
        Assert.Equal(1, d.Min);
        Assert.Equal(4, d.Max);
        Assert.Equal(2.5, d.Median, 12);
    }
}
