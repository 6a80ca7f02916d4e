namespace Parley.Conflict.Models;

/// <summary>
/// Powell (2006), "War as a Commitment Problem", IO 60(1): a large, rapid shift in the distribution of
/// power makes the declining state fight now rather than accept what the rising state can credibly
/// promise [READ]. Discrete one-shift version, re-derived Powell-style [STD] (Powell's own cost
/// normalisation may differ): an infinite horizon with a per-period flow of 1 and discount δ; fighting
/// at t gives A W_A(t) = p_t/(1 − δ) − c_A (c_A a lump sum); power shifts once from p_t to p_{t+1} and
/// stays; the most the rising B can offer is the whole flow at t followed by A's reservation value at
/// t + 1. A fights iff p_t/(1 − δ) − c_A &gt; 1 + δ·(p_{t+1}/(1 − δ) − c_A).
/// Solving the equality for p_{t+1} gives the threshold below which A fights:
/// p* = [p_t − (1 − δ)(1 + c_A(1 − δ))]/δ. It rises with δ and falls with c_A, so war is more likely
/// with a bigger shift, more patience and lower costs. A negative p* means no shift can provoke war.
/// </summary>
public readonly record struct PowellShift
{
    /// <summary>Creates the model.</summary>
    /// <param name="delta">Discount factor, strictly between 0 and 1.</param>
    /// <param name="powerNow">p_t, A's chance of winning a war now.</param>
    /// <param name="powerNext">p_{t+1}, A's chance after the shift.</param>
    /// <param name="costA">A's lump-sum cost of war.</param>
    public PowellShift(double delta, double powerNow, double powerNext, double costA)
    {
        Delta = PowellModel.Descriptor.Check("delta", delta);
        PowerNow = PowellModel.Descriptor.Check("power-now", powerNow);
        PowerNext = PowellModel.Descriptor.Check("power-next", powerNext);
        CostA = PowellModel.Descriptor.Check("cost-a", costA);
    }

    /// <summary>Discount factor δ.</summary>
    public double Delta { get; }

    /// <summary>p_t.</summary>
    public double PowerNow { get; }

    /// <summary>p_{t+1}.</summary>
    public double PowerNext { get; }

    /// <summary>A's cost of war.</summary>
    public double CostA { get; }

    /// <summary>A's value of fighting now, p_t/(1 − δ) − c_A.</summary>
    public double FightValue => (PowerNow / (1 - Delta)) - CostA;

    /// <summary>The most B can credibly give A: 1 + δ·(p_{t+1}/(1 − δ) − c_A).</summary>
    public double PeaceValue => 1 + (Delta * ((PowerNext / (1 - Delta)) - CostA));

    /// <summary>True when A fights a preventive war.</summary>
    public bool War => FightValue > PeaceValue;

    /// <summary>The p_{t+1} at which A is indifferent; A fights for any smaller p_{t+1}.</summary>
    public double ThresholdPower => (PowerNow - ((1 - Delta) * (1 + (CostA * (1 - Delta))))) / Delta;

    /// <summary>A's per-period share after the shift in the peaceful deal: the flow equivalent of its reservation value, p_{t+1} − (1 − δ)c_A, clipped to [0, 1].</summary>
    public double ShareAfterShift => ModelChecks.Clamp01(PowerNext - ((1 - Delta) * CostA));
}
