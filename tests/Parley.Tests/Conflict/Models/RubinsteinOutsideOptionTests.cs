using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class RubinsteinOutsideOptionTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.47)]
    public void B_s_outside_option_below_delta_over_one_plus_delta_changes_nothing(double outsideB)
    {
        // Reference 1.7: with δ = 0.9, B's share is δ/(1+δ) = 0.9/1.9 = 0.473684; an outside option
        // below it does not bind and A keeps 1/(1+δ) = 0.526316.
        var game = new RubinsteinBargaining(0.9, 0.9, outsideB: outsideB);
        Assert.Equal(0.526316, game.ProposerShare, 6);
        Assert.Equal(OutsideOptionBinding.None, game.Binding);
    }

    [Theory]
    [InlineData(0.48)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void B_s_outside_option_above_the_threshold_gives_B_exactly_its_option(double outsideB)
    {
        var game = new RubinsteinBargaining(0.9, 0.9, outsideB: outsideB);
        Assert.Equal(outsideB, game.ResponderShare, 12);
        Assert.Equal(OutsideOptionBinding.B, game.Binding);
    }

    [Fact]
    public void The_threshold_is_delta_over_one_plus_delta_for_any_delta()
    {
        foreach (var delta in new[] { 0.2, 0.5, 0.8, 0.95 })
        {
            var threshold = delta / (1 + delta);
            Assert.Equal(1 / (1 + delta), new RubinsteinBargaining(delta, delta, outsideB: threshold - 1e-6).ProposerShare, 12);
            Assert.Equal(1 - (threshold + 1e-6), new RubinsteinBargaining(delta, delta, outsideB: threshold + 1e-6).ProposerShare, 12);
            // Continuous at the threshold.
            Assert.Equal(1 / (1 + delta), new RubinsteinBargaining(delta, delta, outsideB: threshold).ProposerShare, 9);
        }
    }

    [Fact]
    public void A_s_outside_option_by_hand()
    {
        // δ = 0.9, b_A = 0.5. Without it A gets δ x_A = 0.473684 when responding, so b_A binds:
        // B offers A 0.5 (y_B = 0.5) and A's first offer leaves B δ·0.5 = 0.45: x_A = 0.55.
        var game = new RubinsteinBargaining(0.9, 0.9, outsideA: 0.5);
        Assert.Equal(0.55, game.ProposerShare, 12);
        Assert.Equal(0.5, game.CounterProposerShare, 12);
        Assert.Equal(OutsideOptionBinding.A, game.Binding);
        // Below its responder share without the option, δ/(1+δ) = 0.473684, it does not bind.
        Assert.Equal(0.526316, new RubinsteinBargaining(0.9, 0.9, outsideA: 0.47).ProposerShare, 6);
    }

    [Fact]
    public void Both_options_bind_by_hand()
    {
        // δ = 0.9, b_A = 0.5, b_B = 0.48: with A's option binding B's continuation is δ(1 − 0.5) = 0.45 < 0.48,
        // so B's binds too: x_A = 1 − 0.48 = 0.52; A's continuation δ·0.52 = 0.468 < 0.5 keeps A's binding.
        var game = new RubinsteinBargaining(0.9, 0.9, outsideA: 0.5, outsideB: 0.48);
        Assert.Equal(0.52, game.ProposerShare, 12);
        Assert.Equal(OutsideOptionBinding.Both, game.Binding);
    }

    [Theory]
    [InlineData(0.9, 0.8, 0.3, 0.2, 0.1, 0.5)]
    [InlineData(0.6, 0.95, 0.1, 0.4, 0.45, 0.2)]
    [InlineData(0.9, 0.9, 0.0, 0.0, 0.3, 0.6)]
    [InlineData(0.5, 0.5, 0.2, 0.2, 0.0, 0.0)]
    public void The_split_satisfies_both_responders_conditions_with_options(double deltaA, double deltaB, double dA, double dB, double bA, double bB)
    {
        // 1 − x_A = max(b_B, (1 − δ_B) d_B + δ_B y_B);  1 − y_B = max(b_A, (1 − δ_A) d_A + δ_A x_A).
        var game = new RubinsteinBargaining(deltaA, deltaB, dA, dB, bA, bB);
        var x = game.ProposerShare;
        var y = game.CounterProposerShare;
        Assert.Equal(1 - x, Math.Max(bB, ((1 - deltaB) * dB) + (deltaB * y)), 10);
        Assert.Equal(1 - y, Math.Max(bA, ((1 - deltaA) * dA) + (deltaA * x)), 10);
    }

    [Fact]
    public void Options_worth_more_than_the_pie_mean_no_agreement()
    {
        var ex = Assert.Throws<ModelException>(() => new RubinsteinBargaining(0.9, 0.9, outsideA: 0.6, outsideB: 0.5));
        Assert.Contains("walking away beats every split", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preset_takes_outside_options()
    {
        var descriptor = ModelCatalog.Find("rubinstein");
        var model = (RubinsteinModel)descriptor.Create(descriptor.Resolve(new Dictionary<string, double> { ["outside-b"] = 0.6 }));
        Assert.Equal(0.4, model.Game.ProposerShare, 12);
    }
}
