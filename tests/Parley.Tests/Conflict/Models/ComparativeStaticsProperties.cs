using FsCheck.Xunit;
using Parley.Conflict.Models;

namespace Parley.Tests.Conflict.Models;

/// <summary>
/// The qualitative results of the closed-form models (reference sections 1.1, 1.2, 1.7) as
/// properties over generated parameters. Bytes are mapped onto the unit interval so every generated
/// case is a valid model.
/// </summary>
public class ComparativeStaticsProperties
{
    private static double Unit(byte b) => b / 255.0;

    private static double Open(byte b) => (b + 1) / 257.0;

    [Property(MaxTest = 500)]
    public bool Higher_costs_widen_the_Fearon_range(byte p, byte costA, byte costB, byte moreA, byte moreB)
    {
        var before = new FearonBargaining(Unit(p), Unit(costA) / 2, Unit(costB) / 2);
        var after = new FearonBargaining(Unit(p), (Unit(costA) + Unit(moreA)) / 2, (Unit(costB) + Unit(moreB)) / 2);
        var unclipped = after.P - after.CostA > 0 && after.P + after.CostB < 1;
        var grew = after.RangeWidth >= before.RangeWidth - 1e-12;
        // Unclipped, the width is exactly c_A + c_B.
        return grew && (!unclipped || Math.Abs(after.RangeWidth - (after.CostA + after.CostB)) < 1e-12);
    }

    [Property(MaxTest = 500)]
    public bool More_uncertainty_raises_the_war_probability(byte p, byte costA, byte costBar, byte more)
    {
        var low = new FearonScreening(Unit(p), Unit(costA) / 2, Open(costBar) / 2);
        var high = new FearonScreening(Unit(p), Unit(costA) / 2, (Open(costBar) + Unit(more)) / 2);
        // The risk-return trade-off holds while A's demand is interior (below 1): at the corner A
        // already demands everything and more uncertainty only adds types that accept.
        var interior = high.P + ((high.CostBar - high.CostA) / 2) <= 1;
        return !interior || high.WarProbability >= low.WarProbability - 1e-12;
    }

    [Property(MaxTest = 500)]
    public bool Higher_cost_for_A_lowers_the_war_risk(byte p, byte costA, byte more, byte costBar)
    {
        var cheap = new FearonScreening(Unit(p), Unit(costA) / 2, Open(costBar));
        var dear = new FearonScreening(Unit(p), (Unit(costA) + Unit(more)) / 2, Open(costBar));
        return dear.WarProbability <= cheap.WarProbability + 1e-12;
    }

    [Property(MaxTest = 500)]
    public bool A_larger_power_shift_makes_war_more_likely(byte delta, byte now, byte next, byte drop, byte cost)
    {
        var small = new PowellShift(Open(delta), Unit(now), Unit(next), Unit(cost));
        var large = new PowellShift(small.Delta, small.PowerNow, small.PowerNext * (1 - Unit(drop)), small.CostA);
        // Anything that makes A fight after a small shift makes it fight after a larger one.
        return !small.War || large.War;
    }

    [Property(MaxTest = 500)]
    public bool Powell_threshold_rises_with_patience_and_falls_with_cost(byte delta, byte more, byte now, byte cost, byte moreCost)
    {
        var baseline = new PowellShift(Open(delta) / 2, Unit(now), 0, Unit(cost));
        var patient = new PowellShift(baseline.Delta + (Unit(more) * (1 - baseline.Delta) * 0.99), baseline.PowerNow, 0, baseline.CostA);
        var costly = new PowellShift(baseline.Delta, baseline.PowerNow, 0, baseline.CostA + Unit(moreCost));
        return patient.ThresholdPower >= baseline.ThresholdPower - 1e-12
            && costly.ThresholdPower <= baseline.ThresholdPower + 1e-12;
    }

    [Property(MaxTest = 500)]
    public bool Powell_war_iff_the_next_power_is_below_the_threshold(byte delta, byte now, byte next, byte cost)
    {
        var shift = new PowellShift(Open(delta), Unit(now), Unit(next), Unit(cost));
        var margin = Math.Abs(shift.PowerNext - shift.ThresholdPower);
        return margin < 1e-9 || shift.War == (shift.PowerNext < shift.ThresholdPower);
    }

    [Property(MaxTest = 500)]
    public bool Rubinstein_patience_pays(byte deltaA, byte deltaB, byte more, byte insideA, byte insideB)
    {
        var dA = Unit(insideA) / 2;
        var dB = Unit(insideB) / 2;
        var game = new RubinsteinBargaining(Unit(deltaA) * 0.99, Unit(deltaB) * 0.99, dA, dB);
        var patientA = new RubinsteinBargaining(game.DeltaA + ((0.99 - game.DeltaA) * Unit(more)), game.DeltaB, dA, dB);
        var patientB = new RubinsteinBargaining(game.DeltaA, game.DeltaB + ((0.99 - game.DeltaB) * Unit(more)), dA, dB);
        return patientA.ProposerShare >= game.ProposerShare - 1e-12
            && patientB.ProposerShare <= game.ProposerShare + 1e-12
            && game.ProposerShare >= dA - 1e-12
            && game.ResponderShare >= dB - 1e-12;
    }

    [Property(MaxTest = 500)]
    public bool Rubinstein_general_form_reduces_to_the_equal_delta_formula(byte delta, byte insideA, byte insideB)
    {
        var d = Unit(delta) * 0.999;
        var dA = Unit(insideA) / 2;
        var dB = Unit(insideB) / 2;
        var reference = (1 - dB + (d * dA)) / (1 + d);
        return Math.Abs(new RubinsteinBargaining(d, d, dA, dB).ProposerShare - reference) < 1e-12;
    }
}
