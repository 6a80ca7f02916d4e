using System.Globalization;
using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// The baseline breakdown hazard of an agreed ceasefire as a function of its age: the cumulative
/// hazard H₀(t) in days in force (a ceasefire that breaks down the day it begins has lasted 1 day).
/// It is either fitted to ETH/PRIO once per scenario (a Weibull, shape &lt; 1 when the hazard falls
/// with age, or the piecewise-constant fit; the clause effects of the agreed text folded in), or a
/// stated fallback (a Weibull with stated shape and scale, or a constant hazard). The war process
/// scales it by each side's temptation, h(t) = h₀(t)·½·(exp(β·T_A) + exp(β·T_B))
/// (<see cref="Parley.Data.Priors.CeasefireTemptation"/>), and tabulates it per day once per model.
/// </summary>
/// <param name="Kind">What the curve is: "weibull", "piecewise" or "constant".</param>
/// <param name="CumulativeHazard">H₀(t) for t ≥ 0 days, with H₀(0) = 0, non-decreasing.</param>
/// <param name="Beta">β of the temptation scaling: exp(β·T) multiplies a side's half of the hazard.</param>
/// <param name="Source">Where the curve came from, for reports (data selection and fit, or the stated assumption).</param>
public sealed record CeasefireBaseline(string Kind, Func<double, double> CumulativeHazard, double Beta, string Source)
{
    /// <summary>A Weibull baseline: H₀(t) = (t / scale)^shape.</summary>
    /// <param name="shape">Shape k &gt; 0 (k &lt; 1: the hazard falls with the ceasefire's age).</param>
    /// <param name="scale">Scale λ &gt; 0 in days.</param>
    /// <param name="beta">β of the temptation scaling.</param>
    /// <param name="source">Where shape and scale came from.</param>
    public static CeasefireBaseline Weibull(double shape, double scale, double beta, string source)
    {
        if (!(shape > 0) || !(scale > 0) || double.IsInfinity(shape) || double.IsInfinity(scale))
        {
            throw new ModelException($"ceasefire baseline: Weibull shape {shape} and scale {scale} must be positive and finite");
        }
        return new CeasefireBaseline("weibull", t => t <= 0 ? 0 : Math.Pow(t / scale, shape), beta, source);
    }

    /// <summary>A constant baseline hazard: H₀(t) = rate·t.</summary>
    /// <param name="perDay">The hazard per day.</param>
    /// <param name="beta">β of the temptation scaling.</param>
    /// <param name="source">Where the rate came from.</param>
    public static CeasefireBaseline Constant(double perDay, double beta, string source)
    {
        if (!(perDay >= 0) || double.IsInfinity(perDay))
        {
            throw new ModelException($"ceasefire baseline: hazard {perDay} per day must be finite and non-negative");
        }
        return new CeasefireBaseline("constant", t => t <= 0 ? 0 : perDay * t, beta, source);
    }

    /// <summary>P(holding after <paramref name="day"/> days) with both temptations 0: exp(−H₀(t)).</summary>
    public double Survival(double day) => Math.Exp(-CumulativeHazard(day));

    /// <summary>
    /// The baseline cumulative hazard of each day in force: entry d is H₀(d + 1) − H₀(d), the
    /// integrated hazard of the ceasefire's day d (0 = the day it begins), for d below <paramref name="days"/>.
    /// </summary>
    public double[] DailyTable(int days)
    {
        CheckBeta();
        var table = new double[Math.Max(0, days)];
        var previous = CumulativeHazard(0);
        for (var d = 0; d < table.Length; d++)
        {
            var next = CumulativeHazard(d + 1);
            if (!(next >= previous) || double.IsInfinity(next))
            {
                throw new ModelException($"ceasefire baseline ({Source}): the cumulative hazard must be finite and non-decreasing (day {d + 1}: {next})");
            }
            table[d] = next - previous;
            previous = next;
        }
        return table;
    }

    /// <summary>One line for a report.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} baseline, holding at 30/90/365 days with no temptation {Survival(30):P1}/{Survival(90):P1}/{Survival(365):P1}, temptation beta {Beta:0.###}: {Source}");

    private void CheckBeta()
    {
        if (!(Beta >= 0) || double.IsInfinity(Beta))
        {
            throw new ModelException($"ceasefire: temptation_beta {Beta} must be finite and non-negative");
        }
    }
}
