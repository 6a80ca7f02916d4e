using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// Scales the data baseline hazard by each side's temptation to resume fighting. The form is an
/// ASSUMPTION (not estimated: ETH/PRIO records no temptation): the baseline h₀(t) (of all ceasefires, or of an
/// agreement with given clauses) is split evenly between the two sides, and side i's half is multiplied by
/// exp(β·Tᵢ), where Tᵢ is its temptation, the value of fighting on minus the value of the ceasefire
/// (in the utility units of the values of fighting, 0–1 of the stake):
/// <code>  h(t) = h₀(t)·½·(exp(β·T_A) + exp(β·T_B))  </code>
/// With both temptations 0 the hazard is the data baseline, so the baseline is read as the hazard of
/// a ceasefire neither side is tempted to break; a negative temptation (the ceasefire is worth more
/// than fighting) lowers the side's half. Side i breaks it with probability in proportion to its half.
/// β is stated, not estimated: by default <see cref="DefaultBeta"/> = ln 2 / 0.1 ≈ 6.93, i.e. a
/// temptation of 0.1 of the stake doubles that side's hazard.
/// </summary>
public static class CeasefireTemptation
{
    /// <summary>The assumed β: ln 2 / 0.1, so a temptation of 0.1 doubles a side's hazard.</summary>
    public static double DefaultBeta { get; } = Math.Log(2) / 0.1;

    /// <summary>exp(β·T): the multiplier of one side's half of the hazard.</summary>
    public static double SideMultiplier(double temptation, double beta)
    {
        CheckBeta(beta);
        if (!double.IsFinite(temptation))
        {
            throw new ModelException($"temptation {temptation} must be a finite number");
        }
        return Math.Exp(beta * temptation);
    }

    /// <summary>The multiplier of the whole baseline hazard: ½·(exp(β·T_A) + exp(β·T_B)).</summary>
    public static double Multiplier(double temptationA, double temptationB, double beta) =>
        0.5 * (SideMultiplier(temptationA, beta) + SideMultiplier(temptationB, beta));

    /// <summary>
    /// The chance that the ceasefire breaks down between ages <paramref name="fromDay"/> and
    /// <paramref name="toDay"/> (given that it held to <paramref name="fromDay"/>), on the curve of an
    /// agreement with <paramref name="clauses"/> (null: the baseline of all ceasefires) and with the sides'
    /// temptations, split by who breaks it (temptations held constant over the window).
    /// </summary>
    public static BreakdownRisk Risk(CeasefireHazardModel model, double fromDay, double toDay, double temptationA, double temptationB,
        double beta, CeasefireClause? clauses = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var a = SideMultiplier(temptationA, beta);
        var b = SideMultiplier(temptationB, beta);
        var p = model.BreakdownProbability(fromDay, toDay, 0.5 * (a + b), clauses);
        var shareA = a + b > 0 ? a / (a + b) : 0.5;
        return new BreakdownRisk(p, p * shareA, p * (1 - shareA));
    }

    private static void CheckBeta(double beta)
    {
        if (!(beta >= 0) || double.IsInfinity(beta))
        {
            throw new ModelException($"temptation beta {beta} must be finite and non-negative (more temptation cannot lower the hazard)");
        }
    }
}
