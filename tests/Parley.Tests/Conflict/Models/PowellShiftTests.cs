using Parley.Conflict.Models;
using Parley.Domain;

namespace Parley.Tests.Conflict.Models;

public class PowellShiftTests
{
    [Fact]
    public void Reference_case_is_war_55_against_325()
    {
        // Reference 1.2: delta = 0.9, p_t = 0.6, c_A = 0.5, p_t+1 = 0.3.
        // Fight: 0.6/0.1 - 0.5 = 5.5. Peace: 1 + 0.9 * (0.3/0.1 - 0.5) = 1 + 0.9 * 2.5 = 3.25.
        var shift = new PowellShift(0.9, 0.6, 0.3, 0.5);
        Assert.Equal(5.5, shift.FightValue, 12);
        Assert.Equal(3.25, shift.PeaceValue, 12);
        Assert.True(shift.War);
    }

    [Fact]
    public void Reference_threshold_is_055()
    {
        // p* = (0.6 - 0.1 * (1 + 0.5 * 0.1)) / 0.9 = (0.6 - 0.105) / 0.9 = 0.55.
        var shift = new PowellShift(0.9, 0.6, 0.3, 0.5);
        Assert.Equal(0.55, shift.ThresholdPower, 12);
        // At the threshold A is indifferent; just above it keeps the peace (reference: 0.58 gives peace).
        var atThreshold = new PowellShift(0.9, 0.6, 0.55, 0.5);
        Assert.Equal(atThreshold.FightValue, atThreshold.PeaceValue, 12);
        Assert.False(new PowellShift(0.9, 0.6, 0.58, 0.5).War);
        Assert.True(new PowellShift(0.9, 0.6, 0.54, 0.5).War);
    }

    [Fact]
    public void No_shift_means_no_war()
    {
        // p_t+1 = p_t: fight - peace = p - 1 - c_A(1 - delta) < 0 for any p <= 1.
        Assert.False(new PowellShift(0.95, 0.7, 0.7, 0).War);
    }

    [Fact]
    public void Peaceful_share_after_the_shift_is_the_flow_value_of_the_reservation()
    {
        // p_t+1 - (1 - delta) c_A = 0.58 - 0.1 * 0.5 = 0.53.
        Assert.Equal(0.53, new PowellShift(0.9, 0.6, 0.58, 0.5).ShareAfterShift, 12);
    }

    [Theory]
    [InlineData(1.0, 0.6, 0.3, 0.5, "delta is 1")]
    [InlineData(0.0, 0.6, 0.3, 0.5, "delta is 0")]
    [InlineData(0.9, 1.5, 0.3, 0.5, "power-now is 1.5: it must be a probability in [0, 1]")]
    [InlineData(0.9, 0.6, -0.3, 0.5, "power-next is -0.3")]
    [InlineData(0.9, 0.6, 0.3, -0.5, "cost-a is -0.5: it must be a non-negative cost")]
    public void Bad_input_gets_a_one_line_error(double delta, double now, double next, double cost, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => new PowellShift(delta, now, next, cost));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
