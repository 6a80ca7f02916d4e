using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class RubinsteinBargainingTests
{
    [Fact]
    public void Equal_deltas_give_one_over_one_plus_delta()
    {
        // Reference 1.7: delta = 0.9 -> 1/1.9 = 0.526316.
        Assert.Equal(0.526316, new RubinsteinBargaining(0.9, 0.9).ProposerShare, 6);
    }

    [Fact]
    public void Unequal_deltas_match_the_reference()
    {
        // (1 - 0.8)/(1 - 0.72) = 0.2/0.28 = 0.714286.
        Assert.Equal(0.714286, new RubinsteinBargaining(0.9, 0.8).ProposerShare, 6);
    }

    [Fact]
    public void Inside_options_match_the_reference()
    {
        // (1 - d_B + delta d_A)/(1 + delta) = (1 - 0.2 + 0.27)/1.9 = 1.07/1.9 = 0.563158.
        Assert.Equal(0.563158, new RubinsteinBargaining(0.9, 0.9, 0.3, 0.2).ProposerShare, 6);
    }

    [Theory]
    [InlineData(0.9, 0.8, 0.3, 0.2)]
    [InlineData(0.5, 0.95, 0.1, 0.4)]
    [InlineData(0.0, 0.7, 0.2, 0.2)]
    [InlineData(0.99, 0.6, 0.0, 0.5)]
    public void General_form_satisfies_both_indifference_conditions(double deltaA, double deltaB, double dA, double dB)
    {
        var game = new RubinsteinBargaining(deltaA, deltaB, dA, dB);
        var x = game.ProposerShare;
        var y = game.CounterProposerShare;
        // B: 1 - x_A = (1 - delta_B) d_B + delta_B y_B;  A: 1 - y_B = (1 - delta_A) d_A + delta_A x_A.
        Assert.Equal(1 - x, ((1 - deltaB) * dB) + (deltaB * y), 12);
        Assert.Equal(1 - y, ((1 - deltaA) * dA) + (deltaA * x), 12);
    }

    [Theory]
    [InlineData(0.9, 0.8, 0.3, 0.2)]
    [InlineData(0.6, 0.95, 0.1, 0.4)]
    [InlineData(0.9, 0.9, 0.3, 0.2)]
    public void Backward_induction_on_a_long_finite_horizon_converges_to_the_split(double deltaA, double deltaB, double dA, double dB)
    {
        // Independent check: T alternating rounds, after the last rejection both keep their inside
        // options for ever (normalised value d_i). The last proposer leaves the responder d_R; one round
        // earlier the proposer leaves the responder (1 - delta_R) d_R + delta_R * (its share as proposer).
        const int horizon = 4000; // even: A proposes in round 0, B in the last round
        var proposerShare = 1 - dA; // last round: B proposes and leaves A its inside option
        for (var round = horizon - 2; round >= 0; round--)
        {
            var aProposes = round % 2 == 0;
            var (deltaR, dR) = aProposes ? (deltaB, dB) : (deltaA, dA);
            proposerShare = 1 - (((1 - deltaR) * dR) + (deltaR * proposerShare));
        }
        Assert.Equal(new RubinsteinBargaining(deltaA, deltaB, dA, dB).ProposerShare, proposerShare, 9);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.5, 0.3, 0.2)]
    [InlineData(0.95, 0.1, 0.6)]
    public void General_form_reduces_to_the_reference_formula_at_equal_deltas(double delta, double dA, double dB)
    {
        var reference = (1 - dB + (delta * dA)) / (1 + delta);
        Assert.Equal(reference, new RubinsteinBargaining(delta, delta, dA, dB).ProposerShare, 12);
    }

    [Fact]
    public void Inside_options_above_the_pie_are_rejected()
    {
        var ex = Assert.Throws<ModelException>(() => new RubinsteinBargaining(0.9, 0.9, 0.6, 0.5));
        Assert.Contains("sum to more than the whole pie", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 0.9, "delta-a is 1")]
    [InlineData(0.9, -0.1, "delta-b is -0.1")]
    public void Discount_factors_must_lie_in_zero_one(double deltaA, double deltaB, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => new RubinsteinBargaining(deltaA, deltaB));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
