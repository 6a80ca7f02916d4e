using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class FearonBargainingTests
{
    [Fact]
    public void Reference_range_is_050_to_075_with_nash_midpoint_0625()
    {
        // Reference 1.1 test: p = 0.6, c_A = 0.10, c_B = 0.15 -> (0.6 - 0.10, 0.6 + 0.15) = (0.50, 0.75).
        var game = new FearonBargaining(0.6, 0.10, 0.15);
        Assert.Equal(0.50, game.RangeLow, 12);
        Assert.Equal(0.75, game.RangeHigh, 12);
        Assert.Equal(0.25, game.RangeWidth, 12);
        Assert.Equal(0.75, game.UltimatumOffer, 12);
        // Nash point p + (c_B - c_A)/2 = 0.6 + 0.025 = 0.625.
        Assert.Equal(0.625, game.NashPoint, 12);
        Assert.True(game.InRange(0.6));
        Assert.False(game.InRange(0.5));
        Assert.False(game.InRange(0.75));
    }

    [Fact]
    public void Range_ends_are_clipped_to_feasible_shares()
    {
        // p = 0.95, c_B = 0.2: p + c_B = 1.15 > 1, so B can be pushed to nothing: ultimatum 1.
        var game = new FearonBargaining(0.95, 0.1, 0.2);
        Assert.Equal(1.0, game.RangeHigh);
        Assert.Equal(1.0, game.UltimatumOffer);
        Assert.Equal(0.85, game.RangeLow, 12);
    }

    [Fact]
    public void Reference_screening_offer_is_060_with_war_probability_one_third()
    {
        // Reference 1.1: p = 0.5, c_A = 0.1, cbar = 0.3 -> x* = 0.5 + (0.3 - 0.1)/2 = 0.60,
        // Pr(war) = (0.3 - 0.1)/(2 * 0.3) = 1/3.
        var screening = new FearonScreening(0.5, 0.1, 0.3);
        Assert.Equal(0.60, screening.Offer, 12);
        Assert.Equal(1.0 / 3, screening.WarProbability, 12);
    }

    [Fact]
    public void Screening_offer_maximises_expected_utility_on_a_fine_grid()
    {
        // Independent of the first-order condition: brute-force the argmax over x in steps of 1e-5.
        foreach (var (p, costA, costBar) in new[] { (0.5, 0.1, 0.3), (0.3, 0.05, 0.5), (0.8, 0.02, 0.6), (0.5, 0.3, 0.2) })
        {
            var screening = new FearonScreening(p, costA, costBar);
            var best = 0.0;
            var bestUtility = double.NegativeInfinity;
            for (var i = 0; i <= 100_000; i++)
            {
                var x = i / 100_000.0;
                var u = screening.ExpectedUtility(x);
                if (u > bestUtility)
                {
                    bestUtility = u;
                    best = x;
                }
            }
            Assert.Equal(best, screening.Offer, 4);
        }
    }

    [Fact]
    public void No_war_when_the_uncertainty_is_smaller_than_A_s_cost()
    {
        // cbar = 0.2 <= c_A = 0.3: A demands p and every type of B accepts.
        var screening = new FearonScreening(0.5, 0.3, 0.2);
        Assert.Equal(0.5, screening.Offer);
        Assert.Equal(0.0, screening.WarProbability);
    }

    [Fact]
    public void Demanding_everything_at_the_corner()
    {
        // p = 0.9, c_A = 0, cbar = 0.4: the interior optimum 0.9 + 0.2 = 1.1 is infeasible, so x* = 1
        // and Pr(war) = (1 - 0.9)/0.4 = 0.25.
        var screening = new FearonScreening(0.9, 0, 0.4);
        Assert.Equal(1.0, screening.Offer);
        Assert.Equal(0.25, screening.WarProbability, 12);
    }

    [Theory]
    [InlineData(1.2, 0.1, 0.1, "p is 1.2")]
    [InlineData(-0.1, 0.1, 0.1, "p is -0.1")]
    [InlineData(0.5, -0.1, 0.1, "cost-a is -0.1: it must be a non-negative cost")]
    [InlineData(0.5, 0.1, -0.2, "cost-b is -0.2")]
    public void Bad_input_gets_a_one_line_error(double p, double costA, double costB, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => new FearonBargaining(p, costA, costB));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Cost_bar_must_be_positive()
    {
        var ex = Assert.Throws<ModelException>(() => new FearonScreening(0.5, 0.1, 0));
        Assert.Contains("cost-bar", ex.Message, StringComparison.Ordinal);
    }
}
