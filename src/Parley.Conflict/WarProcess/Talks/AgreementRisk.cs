using Parley.Domain.Preferences;
using Parley.Negotiation.Durability;

namespace Parley.Conflict.WarProcess.Talks;

/// <summary>
/// A text's chance of holding over the window the sides value (issue 10, section 5; docs/war-process.md,
/// "A text's breakdown risk in its value"): the war's own breakdown hazard over
/// <see cref="CeasefireSettings.ValueWindowDays"/> days, for the temptations the text leaves each side
/// at this round's values of fighting on (T = r − u + the side's stated <c>resume_temptation</c>) and the
/// clauses it brings (<see cref="CeasefireSettings.HazardRatioOf(System.ReadOnlySpan{int})"/>). With a baseline curve,
/// S = exp(−H₀(W)·HR·½(e^(β·T_A) + e^(β·T_B))); under the stated constant rule, S = (1 − h_A − h_B)^W with
/// the daily hazards of that rule. The temptations that grow while a ceasefire holds (domestic pressure,
/// exchanges completed) are left out: a side values a text at the temptations it opens with.
/// Immutable; one per model.
/// </summary>
internal sealed class AgreementRisk
{
    private readonly CeasefireSettings _ceasefire;
    private readonly double _windowHazard;
    private readonly double _temptationA;
    private readonly double _temptationB;

    public AgreementRisk(WarSettings war)
    {
        _ceasefire = war.Ceasefire;
        _windowHazard = _ceasefire.Baseline is { } baseline ? baseline.CumulativeHazard(_ceasefire.ValueWindowDays) - baseline.CumulativeHazard(0) : 0;
        _temptationA = war.Sides[0].ResumeTemptation;
        _temptationB = war.Sides[1].ResumeTemptation;
    }

    /// <summary>P(a text worth <paramref name="uA"/>, <paramref name="uB"/> with hazard ratio <paramref name="ratio"/> holds over the window), at values of fighting on <paramref name="rA"/>, <paramref name="rB"/>.</summary>
    public double Holds(double uA, double uB, double rA, double rB, double ratio)
    {
        var tA = rA - uA + _temptationA;
        var tB = rB - uB + _temptationB;
        var cf = _ceasefire;
        if (cf.Baseline is not null)
        {
            return Math.Exp(-_windowHazard * ratio * 0.5 * (Math.Exp(cf.TemptationBeta * tA) + Math.Exp(cf.TemptationBeta * tB)));
        }
        var daily = (cf.BaseHazardPerDay * ratio) + (cf.TemptationHazardPerDay * (Math.Max(0, tA - cf.GuaranteeReduction) + Math.Max(0, tB - cf.GuaranteeReduction)));
        return Math.Pow(Math.Max(0, 1 - Math.Min(1, daily)), cf.ValueWindowDays);
    }

    /// <summary>The risk as the negotiation engine reads it, for texts valued by <paramref name="sideA"/> and <paramref name="sideB"/> (a regime's profiles).</summary>
    public IAgreementDurability For(PreferenceProfile sideA, PreferenceProfile sideB) => new Durability(this, sideA, sideB);

    private sealed class Durability(AgreementRisk risk, PreferenceProfile a, PreferenceProfile b) : IAgreementDurability
    {
        public double Holds(ReadOnlySpan<int> text, ReadOnlySpan<double> reservations) =>
            risk.Holds(a.Utility(text), b.Utility(text), reservations[0], reservations[1], risk._ceasefire.HazardRatioOf(text));
    }
}
