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
/// = (1 − d_B + δ·d_A)/(1 + δ), the reference formula (section 1.7). Outside options are not modelled.
/// </summary>
public readonly record struct RubinsteinBargaining
{
    /// <summary>Creates the game.</summary>
    /// <param name="deltaA">A's discount factor in [0, 1).</param>
    /// <param name="deltaB">B's discount factor in [0, 1).</param>
    /// <param name="insideA">A's inside option per round, a share in [0, 1].</param>
    /// <param name="insideB">B's inside option per round.</param>
    public RubinsteinBargaining(double deltaA, double deltaB, double insideA = 0, double insideB = 0)
    {
        DeltaA = ModelChecks.Discount(deltaA, "delta-a");
        DeltaB = ModelChecks.Discount(deltaB, "delta-b");
        InsideA = ModelChecks.Probability(insideA, "inside-a");
        InsideB = ModelChecks.Probability(insideB, "inside-b");
        if (insideA + insideB > 1)
        {
            throw new ModelException($"--inside-a {ModelChecks.Text(insideA)} and --inside-b {ModelChecks.Text(insideB)} sum to more than the whole pie: no agreement beats disagreement; lower them");
        }
    }

    /// <summary>δ_A.</summary>
    public double DeltaA { get; }

    /// <summary>δ_B.</summary>
    public double DeltaB { get; }

    /// <summary>d_A.</summary>
    public double InsideA { get; }

    /// <summary>d_B.</summary>
    public double InsideB { get; }

    /// <summary>The first proposer's (A's) equilibrium share x_A, accepted at once.</summary>
    public double ProposerShare => InsideA + ((1 - DeltaB) * (1 - InsideA - InsideB) / (1 - (DeltaA * DeltaB)));

    /// <summary>The responder's share, 1 − x_A.</summary>
    public double ResponderShare => 1 - ProposerShare;

    /// <summary>B's share when B proposes (the off-path offer that keeps A indifferent), y_B = 1 − (1 − δ_A)d_A − δ_A·x_A.</summary>
    public double CounterProposerShare => 1 - ((1 - DeltaA) * InsideA) - (DeltaA * ProposerShare);
}
