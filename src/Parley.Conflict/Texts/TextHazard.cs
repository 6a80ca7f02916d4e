using Parley.Data.Priors;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;

namespace Parley.Conflict.Texts;

/// <summary>
/// What a text does to the ceasefire breakdown hazard, as pure functions the war engine calls:
/// <see cref="Clauses(TextFeature)"/> selects the clause effects estimated once from ETH/PRIO
/// (<see cref="CeasefireClauseEffects"/>, not estimated again here), and <see cref="Temptations"/> adds
/// the gap between the sides' preferred readings (<see cref="TextReadings.Gap"/>) to each side's
/// temptation, which <see cref="CeasefireTemptation"/> turns into a hazard multiplier.
/// </summary>
public static class TextHazard
{
    private static readonly (TextFeature Feature, CeasefireClause Clause)[] Map =
    [
        (TextFeature.Written, CeasefireClause.Written), (TextFeature.FixedTime, CeasefireClause.FixedTime),
        (TextFeature.Enforcement, CeasefireClause.Enforcement), (TextFeature.Monitoring, CeasefireClause.Monitoring),
        (TextFeature.BufferZone, CeasefireClause.BufferZone), (TextFeature.Guarantee, CeasefireClause.Guarantee),
        (TextFeature.Mediation, CeasefireClause.Mediation),
    ];

    /// <summary>The ceasefire clauses whose estimated hazard effects apply to a text with <paramref name="features"/>.</summary>
    public static CeasefireClause Clauses(TextFeature features)
    {
        var clauses = CeasefireClause.None;
        foreach (var (feature, clause) in Map)
        {
            if ((features & feature) != 0)
            {
                clauses |= clause;
            }
        }
        return clauses;
    }

    /// <summary>The ceasefire clauses of <paramref name="text"/> (its <see cref="AgreementText.HazardFeatures"/>).</summary>
    public static CeasefireClause Clauses(AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Clauses(text.HazardFeatures);
    }

    /// <summary>
    /// Each side's temptation to break the ceasefire once the text is agreed: its stated temptation
    /// plus what the other side's reading of the open clauses costs it (<see cref="ReadingGap"/>).
    /// </summary>
    public static (double A, double B) Temptations(AgreementText text, PreferenceProfile sideA, PreferenceProfile sideB,
        IReadOnlyDictionary<int, int> defaults, double temptationA = 0, double temptationB = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var gap = text.ReadingGap(sideA, sideB, defaults);
        return (temptationA + gap.A, temptationB + gap.B);
    }

    /// <summary>The multiplier of the breakdown hazard that the reading gap alone brings: ½(exp(β·gap_A) + exp(β·gap_B)).</summary>
    public static double GapMultiplier(ReadingGap gap, double beta) => CeasefireTemptation.Multiplier(gap.A, gap.B, beta);
}
