namespace Parley.Conflict.WarProcess;

/// <summary>
/// One day of an agreed ceasefire under a baseline curve: the baseline's integrated hazard of the
/// day, q = H₀(t + 1) − H₀(t), is split evenly between the sides and side i's half is multiplied by
/// exp(β·Tᵢ) (<see cref="Parley.Data.Priors.CeasefireTemptation"/>), so the day's breakdown chance is
/// 1 − exp(−q·½·(exp(β·T_A) + exp(β·T_B))), and side A breaks it with the share exp(β·T_A) / (exp(β·T_A) + exp(β·T_B)).
/// </summary>
public static class CeasefireDayRisk
{
    /// <summary>The day's breakdown chance, and (out) the part of it that is side A's breach.</summary>
    /// <param name="dailyHazard">q, the baseline's integrated hazard over the day.</param>
    /// <param name="temptationA">Side A's temptation (value of fighting on minus value of holding, utility).</param>
    /// <param name="temptationB">Side B's temptation.</param>
    /// <param name="beta">β of the scaling.</param>
    /// <param name="byA">The chance that A breaks it that day.</param>
    public static double Breakdown(double dailyHazard, double temptationA, double temptationB, double beta, out double byA)
    {
        var a = Math.Exp(beta * temptationA);
        var b = Math.Exp(beta * temptationB);
        var x = dailyHazard * 0.5 * (a + b);
        // 1 − e^(−x) without cancellation for small x.
        var p = x < 1e-5 ? x * (1 - (x / 2) + (x * x / 6)) : 1 - Math.Exp(-x);
        byA = a + b > 0 ? p * (a / (a + b)) : p / 2;
        return p;
    }
}
