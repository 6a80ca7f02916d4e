namespace Parley.Conflict.WarProcess;

/// <summary>
/// One day of an agreed ceasefire under a baseline curve: the baseline's integrated hazard of the
/// day, q = H₀(t + 1) − H₀(t), is split evenly between the sides and side i's half is multiplied by
/// exp(β·Tᵢ) (<see cref="Parley.Data.Priors.CeasefireTemptation"/>), so the day's breakdown chance is
/// 1 − exp(−q·½·(exp(β·T_A) + exp(β·T_B))), and side A breaks it with the share exp(β·T_A) / (exp(β·T_A) + exp(β·T_B)).
/// </summary>
internal static class CeasefireDayRisk
{
    /// <summary>The day's breakdown chance, and (out) the part of it that is side A's breach.</summary>
    /// <param name="dailyHazard">q, the baseline's integrated hazard over the day.</param>
    /// <param name="temptationA">Side A's temptation (value of fighting on minus value of holding, utility).</param>
    /// <param name="temptationB">Side B's temptation.</param>
    /// <param name="beta">β of the scaling.</param>
    /// <param name="byA">The chance that A breaks it that day.</param>
    public static double Breakdown(double dailyHazard, double temptationA, double temptationB, double beta, out double byA) =>
        Breakdown(dailyHazard, Math.Exp(beta * temptationA), Math.Exp(beta * temptationB), out byA);

    /// <summary>The day's breakdown chance from the side multipliers exp(β·T_A) and exp(β·T_B), and (out) A's part of it.</summary>
    /// <param name="dailyHazard">q, the baseline's integrated hazard over the day.</param>
    /// <param name="multiplierA">exp(β·T_A).</param>
    /// <param name="multiplierB">exp(β·T_B).</param>
    /// <param name="byA">The chance that A breaks it that day.</param>
    public static double Breakdown(double dailyHazard, double multiplierA, double multiplierB, out double byA)
    {
        var x = dailyHazard * 0.5 * (multiplierA + multiplierB);
        // 1 − e^(−x) without cancellation for small x.
        var p = x < 1e-5 ? x * (1 - (x / 2) + (x * x / 6)) : 1 - Math.Exp(-x);
        byA = multiplierA + multiplierB > 0 ? p * (multiplierA / (multiplierA + multiplierB)) : p / 2;
        return p;
    }
}
