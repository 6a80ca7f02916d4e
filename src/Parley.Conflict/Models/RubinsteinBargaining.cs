using Parley.Domain;

namespace Parley.Conflict.Models;

/// <summary>
/// Rubinstein (1982) alternating offers, A proposing first, with per-round inside options [STD].
/// Payoffs are normalised by (1 − δ_i): a flow f per period is worth f, so a player who disagrees for
/// one round (receiving its inside option d_i, e.g. the flow value of fighting while talking) and then
/// gets y is worth (1 − δ_i)·d_i + δ_i·y. In the stationary subgame-perfect equilibrium each responder
/// is indifferent between accepting and making its own offer next round:
/// <code>
///   B:  1 − x_A = (1 − δ_B)·d_B + δ_B·y_B
///   A:  1 − y_B = (1 − δ_A)·d_A + δ_A·x_A
/// </code>
/// where x_A is A's share when A proposes and y_B is B's share when B proposes. Substituting
/// y_B = 1 − (1 − δ_A)d_A − δ_A·x_A into the first line and collecting x_A:
/// <code>
///   x_A·(1 − δ_Aδ_B) = (1 − δ_B)(1 − d_B) + δ_B(1 − δ_A)·d_A
///   x_A = d_A + (1 − δ_B)(1 − d_A − d_B)/(1 − δ_Aδ_B)
/// </code>
/// (expand the second form to check they agree): A gets its inside option plus the Rubinstein share of
/// the surplus 1 − d_A − d_B. With d = 0 it is (1 − δ_B)/(1 − δ_Aδ_B); with δ_A = δ_B = δ the surplus
/// share is (1 − δ)/(1 − δ²) = 1/(1 + δ), so x_A = (d_A(1 + δ) + 1 − d_A − d_B)/(1 + δ)
/// = (1 − d_B + δ·d_A)/(1 + δ), the reference formula (section 1.7).
/// <para>
/// Outside options b_A, b_B (e.g. walking away to war) [STD, the outside-option principle of Binmore,
/// Shaked and Sutton 1989, as in Osborne and Rubinstein 1990 §3.12; derived here, not quoted]: a
/// responder may, instead of accepting or countering, opt out and get b_i at once. The responder's
/// value of saying no becomes max(b_i, its inside-option continuation):
/// <code>
///   B:  1 − x_A = max(b_B, (1 − δ_B)·d_B + δ_B·y_B)
///   A:  1 − y_B = max(b_A, (1 − δ_A)·d_A + δ_A·x_A)
/// </code>
/// The right-hand map is a contraction (slope δ_Aδ_B &lt; 1) so exactly one of four cases holds:
/// neither option binds (x_A as above); only B's binds (x_A = 1 − b_B); only A's binds
/// (y_B = 1 − b_A, x_A = 1 − (1 − δ_B)d_B − δ_B(1 − b_A)); both bind (x_A = 1 − b_B). An outside
/// option binds only when it beats what the player gets without it: with equal δ and no inside
/// options, B's binds only if b_B &gt; δ/(1 + δ) and then B gets exactly b_B — a credible threat to walk
/// away that is worth less than the bargaining share changes nothing. If b_A + b_B &gt; 1 no split beats
/// opting out and there is no agreement (a <see cref="ModelException"/>).
/// </para>
/// </summary>
public readonly record struct RubinsteinBargaining
{
    /// <summary>Creates the game.</summary>
    /// <param name="deltaA">A's discount factor in [0, 1).</param>
    /// <param name="deltaB">B's discount factor in [0, 1).</param>
    /// <param name="insideA">A's inside option per round, a share in [0, 1].</param>
    /// <param name="insideB">B's inside option per round.</param>
    /// <param name="outsideA">A's outside option (a one-off share it gets by walking away when responding), in [0, 1].</param>
    /// <param name="outsideB">B's outside option.</param>
    public RubinsteinBargaining(double deltaA, double deltaB, double insideA = 0, double insideB = 0, double outsideA = 0, double outsideB = 0)
    {
        DeltaA = RubinsteinModel.Descriptor.Check("delta-a", deltaA);
        DeltaB = RubinsteinModel.Descriptor.Check("delta-b", deltaB);
        InsideA = RubinsteinModel.Descriptor.Check("inside-a", insideA);
        InsideB = RubinsteinModel.Descriptor.Check("inside-b", insideB);
        if (insideA + insideB > 1)
        {
            throw new ModelException(name => $"{name("inside-a")} {ModelChecks.Text(insideA)} and {name("inside-b")} {ModelChecks.Text(insideB)} sum to more than the whole pie: no agreement beats disagreement; lower them");
        }
        OutsideA = RubinsteinModel.Descriptor.Check("outside-a", outsideA);
        OutsideB = RubinsteinModel.Descriptor.Check("outside-b", outsideB);
        if (outsideA + outsideB > 1)
        {
            throw new ModelException(name => $"{name("outside-a")} {ModelChecks.Text(outsideA)} and {name("outside-b")} {ModelChecks.Text(outsideB)} sum to more than the whole pie: walking away beats every split, so there is no agreement; lower them");
        }
        (ProposerShare, Binding) = Solve();
    }

    /// <summary>δ_A.</summary>
    public double DeltaA { get; }

    /// <summary>δ_B.</summary>
    public double DeltaB { get; }

    /// <summary>d_A.</summary>
    public double InsideA { get; }

    /// <summary>d_B.</summary>
    public double InsideB { get; }

    /// <summary>b_A, A's outside option.</summary>
    public double OutsideA { get; }

    /// <summary>b_B, B's outside option.</summary>
    public double OutsideB { get; }

    /// <summary>Which outside options bind in equilibrium.</summary>
    public OutsideOptionBinding Binding { get; }

    /// <summary>The first proposer's (A's) equilibrium share x_A, accepted at once.</summary>
    public double ProposerShare { get; }

    /// <summary>x_A without outside options: d_A + (1 − δ_B)(1 − d_A − d_B)/(1 − δ_Aδ_B).</summary>
    public double ShareWithoutOutsideOptions => InsideA + ((1 - DeltaB) * (1 - InsideA - InsideB) / (1 - (DeltaA * DeltaB)));

    /// <summary>The responder's share, 1 − x_A.</summary>
    public double ResponderShare => 1 - ProposerShare;

    /// <summary>B's share when B proposes (the off-path offer that leaves A what it gets by saying no), y_B = 1 − max(b_A, (1 − δ_A)d_A + δ_A·x_A).</summary>
    public double CounterProposerShare => 1 - Math.Max(OutsideA, ContinuationA(ProposerShare));

    private double ContinuationA(double x) => ((1 - DeltaA) * InsideA) + (DeltaA * x);

    private double ContinuationB(double y) => ((1 - DeltaB) * InsideB) + (DeltaB * y);

    // The four cases of the type's remarks; the first consistent one (ties are continuous).
    private (double Share, OutsideOptionBinding Binding) Solve()
    {
        const double slack = 1e-12;
        var free = ShareWithoutOutsideOptions;
        if (OutsideA <= ContinuationA(free) + slack && OutsideB <= ContinuationB(1 - ContinuationA(free)) + slack)
        {
            return (free, OutsideOptionBinding.None);
        }
        var bOnly = 1 - OutsideB;
        if (OutsideA <= ContinuationA(bOnly) + slack && OutsideB >= ContinuationB(1 - ContinuationA(bOnly)) - slack)
        {
            return (bOnly, OutsideOptionBinding.B);
        }
        var aOnly = 1 - ContinuationB(1 - OutsideA);
        if (OutsideA >= ContinuationA(aOnly) - slack && OutsideB <= ContinuationB(1 - OutsideA) + slack)
        {
            return (aOnly, OutsideOptionBinding.A);
        }
        return (1 - OutsideB, OutsideOptionBinding.Both);
    }
}
