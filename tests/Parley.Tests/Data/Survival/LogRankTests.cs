using Parley.Data.Survival;

namespace Parley.Tests.Data.Survival;

public sealed class LogRankTests
{
    private static readonly SurvivalObservation[] A = [new(1, true), new(3, true), new(5, false)];
    private static readonly SurvivalObservation[] B = [new(2, true), new(4, true), new(6, true)];

    [Fact]
    public void Two_groups_by_hand()
    {
        // Event times and risk sets (nA, nB, n, d):
        //   t=1 (A): 3,3,6,1  E_A = 3/6 = 0.5      V = 1*(5/5)*(3/6)(3/6) = 0.25
        //   t=2 (B): 2,3,5,1  E_A = 2/5 = 0.4      V = (2/5)(3/5) = 0.24
        //   t=3 (A): 2,2,4,1  E_A = 2/4 = 0.5      V = 0.25
        //   t=4 (B): 1,2,3,1  E_A = 1/3            V = (1/3)(2/3) = 0.2222222
        //   t=5: A censored.  t=6 (B): 0,1,1,1  E_A = 0, no variance (n = 1).
        // O_A = 2, E_A = 1.7333333, V = 0.9622222, χ² = 0.2666667² / 0.9622222 = 0.0739030.
        // p = P(χ²₁ > 0.0739) = 2(1 - Φ(0.271851)) = 2(1 - 0.607132) = 0.785736 (Φ interpolated from tables).
        var result = LogRank.Test([("A", A), ("B", B)]);
        var a = result.Groups[0];
        Assert.Equal(2, a.Observed);
        Assert.Equal(0.5 + 0.4 + 0.5 + (1.0 / 3), a.Expected, 12);
        Assert.Equal(3, result.Groups[1].Observed);
        Assert.Equal(5 - a.Expected, result.Groups[1].Expected, 12);
        var v = 0.25 + 0.24 + 0.25 + (2.0 / 9);
        Assert.Equal(Math.Pow(2 - a.Expected, 2) / v, result.ChiSquare, 12);
        Assert.Equal(0.0739030, result.ChiSquare, 6);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.7857, result.PValue, 3);
    }

    [Fact]
    public void Group_order_does_not_change_the_statistic()
    {
        SurvivalObservation[] c = [new(1.5, true), new(2, false), new(7, true), new(8, true)];
        var forward = LogRank.Test([("A", A), ("B", B), ("C", c)]);
        var backward = LogRank.Test([("C", c), ("B", B), ("A", A)]);
        Assert.Equal(2, forward.DegreesOfFreedom);
        Assert.Equal(forward.ChiSquare, backward.ChiSquare, 10);
        Assert.Equal(forward.Groups.Sum(g => g.Observed), forward.Groups.Sum(g => g.Expected), 10);
    }

    [Fact]
    public void Identical_groups_give_zero()
    {
        var result = LogRank.Test([("x", B), ("y", B)]);
        Assert.Equal(0, result.ChiSquare, 12);
        Assert.Equal(1, result.PValue, 12);
    }

    [Fact]
    public void Three_groups_reduce_to_two_when_one_is_empty_of_subjects()
    {
        var two = LogRank.Test([("A", A), ("B", B)]);
        var withEmpty = LogRank.Test([("A", A), ("empty", []), ("B", B)]);
        Assert.Equal(two.ChiSquare, withEmpty.ChiSquare, 12);
    }

    [Fact]
    public void One_group_is_a_model_error() =>
        Assert.Throws<Parley.Domain.ModelException>(() => LogRank.Test([("A", A)]));
}
