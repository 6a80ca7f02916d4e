using Parley.Domain;

namespace Parley.Conflict.Models;

/// <summary>
/// Fearon (1995), "Rationalist Explanations for War", IO 49(3): the bargaining range under complete
/// information. The stake is [0, 1], x is A's share, p = Pr(A wins a war), and war costs A c_A and B
/// c_B (pie units), so war is worth p − c_A to A and 1 − p − c_B to B [READ]. Every x with
/// p − c_A &lt; x &lt; p + c_B is strictly preferred by both: the range has width c_A + c_B. A making an
/// ultimatum takes x* = min(1, p + c_B) and B accepts [STD]. Range ends are reported clipped to the
/// feasible shares [0, 1].
/// </summary>
public readonly record struct FearonBargaining
{
    /// <summary>Creates the model; p must be a probability and the costs non-negative.</summary>
    public FearonBargaining(double p, double costA, double costB)
    {
        P = FearonModel.Descriptor.Check("p", p);
        CostA = FearonModel.Descriptor.Check("cost-a", costA);
        CostB = FearonModel.Descriptor.Check("cost-b", costB);
    }

    /// <summary>Pr(A wins a war).</summary>
    public double P { get; }

    /// <summary>A's cost of war.</summary>
    public double CostA { get; }

    /// <summary>B's cost of war.</summary>
    public double CostB { get; }

    /// <summary>Lower end of the bargaining range, max(0, p − c_A): A's value of war.</summary>
    public double RangeLow => Math.Max(0, P - CostA);

    /// <summary>Upper end of the bargaining range, min(1, p + c_B): one minus B's value of war.</summary>
    public double RangeHigh => Math.Min(1, P + CostB);

    /// <summary>Width of the (clipped) range; c_A + c_B when neither end is clipped.</summary>
    public double RangeWidth => RangeHigh - RangeLow;

    /// <summary>A's take-it-or-leave-it demand under complete information, min(1, p + c_B).</summary>
    public double UltimatumOffer => Math.Min(1, P + CostB);

    /// <summary>The symmetric Nash bargaining point with war as the threat point, p + (c_B − c_A)/2 (clipped to the range) [STD].</summary>
    public double NashPoint => Math.Clamp(P + ((CostB - CostA) / 2), RangeLow, RangeHigh);

    /// <summary>True when both sides strictly prefer the split x to war: p − c_A &lt; x &lt; p + c_B.</summary>
    public bool InRange(double x) => P - CostA < x && x < P + CostB;

    /// <summary>The screening problem when B's cost is private and uniform on [0, <paramref name="costBar"/>].</summary>
    public FearonScreening Screening(double costBar) => new(P, CostA, costBar);
}

/// <summary>
/// Fearon's risk–return trade-off [STD]: B's cost c_B ~ U[0, c̄] is private, so B accepts A's demand x
/// iff c_B ≥ x − p. A maximises x·(1 − (x − p)/c̄) + (p − c_A)·(x − p)/c̄; the first-order condition
/// gives x* = p + (c̄ − c_A)/2 and Pr(war) = (x* − p)/c̄ = (c̄ − c_A)/(2c̄) when c̄ &gt; c_A, and x* = p with
/// no war when c̄ ≤ c_A. When x* would exceed 1, A demands everything (the objective is concave) and
/// Pr(war) = (1 − p)/c̄.
/// </summary>
public readonly record struct FearonScreening
{
    /// <summary>Creates the problem; c̄ must be positive.</summary>
    public FearonScreening(double p, double costA, double costBar)
    {
        P = FearonModel.Descriptor.Check("p", p);
        CostA = FearonModel.Descriptor.Check("cost-a", costA);
        if (!(costBar > 0) || !double.IsFinite(costBar))
        {
            throw new ModelException(name => $"{name("cost-bar")} is {ModelChecks.Text(costBar)}: the upper bound of B's private cost must be positive (leave it out for complete information)");
        }
        CostBar = costBar;
    }

    /// <summary>Pr(A wins a war).</summary>
    public double P { get; }

    /// <summary>A's cost of war.</summary>
    public double CostA { get; }

    /// <summary>Upper bound c̄ of B's private cost.</summary>
    public double CostBar { get; }

    /// <summary>A's optimal demand x*.</summary>
    public double Offer => CostBar <= CostA ? P : Math.Min(1, P + ((CostBar - CostA) / 2));

    /// <summary>Probability that B rejects x* (its cost is below x* − p) and war follows.</summary>
    public double WarProbability => (Offer - P) / CostBar;

    /// <summary>A's expected utility of demanding x: x·Pr(accept) + (p − c_A)·Pr(war).</summary>
    public double ExpectedUtility(double x)
    {
        var war = Math.Clamp((x - P) / CostBar, 0, 1);
        return (x * (1 - war)) + ((P - CostA) * war);
    }
}
