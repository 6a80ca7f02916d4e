using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Randomness;

namespace Parley.Conflict.WarProcess;

// ScenarioWarModel, part: a ceasefire in force, day by day (docs/war-process.md, "Ceasefire breakdown").
public sealed partial class ScenarioWarModel
{
    /// <summary>Simulates one round of ceasefire day by day; returns who broke it (and after how many days of the round), or None.</summary>
    private Side CeasefireRound(ref CounterRandom random, AgreedText text, double rA, double rB, double ceasefireDay, double days, out double brokeAfter)
    {
        var cf = _war.Ceasefire;
        var a = _war.Sides[0];
        var b = _war.Sides[1];
        // With a baseline curve, guarantees act through its clause effects, not as a cut in temptation.
        var reduction = _dailyHazard is null ? cf.GuaranteeReduction : 0;
        double lastA = double.NaN, lastB = double.NaN, mA = 1, mB = 1;
        for (var d = 0; d < (int)Math.Ceiling(days); d++)
        {
            var t = ceasefireDay + d;
            var exchanged = t >= cf.ExchangesCompleteDay;
            var temptA = rA - text.UtilityA + text.ReadingGap.A + a.ResumeTemptation + (a.DomesticPressurePerDay * t) + (exchanged ? a.TemptationAfterExchanges : 0) - reduction;
            var temptB = rB - text.UtilityB + text.ReadingGap.B + b.ResumeTemptation + (b.DomesticPressurePerDay * t) + (exchanged ? b.TemptationAfterExchanges : 0) - reduction;
            double hA, hB;
            if (_dailyHazard is { } table)
            {
                // The side multipliers change only with the temptations: recompute them when they move.
                if (temptA != lastA || temptB != lastB)
                {
                    lastA = temptA;
                    lastB = temptB;
                    mA = Math.Exp(cf.TemptationBeta * temptA);
                    mB = Math.Exp(cf.TemptationBeta * temptB);
                }
                var p = CeasefireDayRisk.Breakdown(table[Math.Min((int)t, table.Length - 1)] * text.HazardRatio, mA, mB, out hA);
                hB = p - hA;
            }
            else
            {
                hA = Math.Min(1, (cf.BaseHazardPerDay * text.HazardRatio / 2) + (cf.TemptationHazardPerDay * Math.Max(0, temptA)));
                hB = Math.Min(1, (cf.BaseHazardPerDay * text.HazardRatio / 2) + (cf.TemptationHazardPerDay * Math.Max(0, temptB)));
            }
            var u = random.NextDouble();
            if (u < hA)
            {
                brokeAfter = d + 1;
                return Side.A;
            }
            if (u < hA + hB)
            {
                brokeAfter = d + 1;
                return Side.B;
            }
        }
        brokeAfter = 0;
        return Side.None;
    }
}
