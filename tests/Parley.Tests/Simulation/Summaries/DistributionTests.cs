using Parley.Data.Statistics;

namespace Parley.Tests.Simulation.Summaries;

public class DistributionTests
{
    [Fact]
    public void Type_7_quartiles_like_R()
    {
        // R: quantile(c(1, 2, 3, 4)) -> 1.75 2.5 3.25 (h = 3q; 1 + 0.75 * (2 - 1) = 1.75).
        var d = Distribution.Of([4, double.NaN, 1, 3, 2]);
        Assert.Equal(4, d.Count);
        Assert.Equal(2.5, d.Mean);
        Assert.Equal(1, d.Min);
        Assert.Equal(1.75, d.P25);
        Assert.Equal(2.5, d.Median);
        Assert.Equal(3.25, d.P75);
        Assert.Equal(4, d.Max);
    }

    [Fact]
    public void Odd_sample_median_is_the_middle_value()
    {
        Assert.Equal(7, Distribution.Of([9, 7, 1]).Median);
    }

    [Fact]
    public void Empty_sample_has_count_zero()
    {
        var d = Distribution.Of([double.NaN]);
        Assert.Equal(0, d.Count);
        Assert.True(double.IsNaN(d.Median));
    }
}
