using System.Globalization;
using Parley.Data.Priors;
using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// How an agreed ceasefire unfolds: its first phase, when talks on the next phase open, how the
/// exchanges spend leverage, and how third-party guarantees lower the temptation to resume.
/// </summary>
public sealed record CeasefireSettings
{
    /// <summary>Length of the first phase in days.</summary>
    public double PhaseDays { get; init; } = 42;

    /// <summary>The day of the ceasefire on which talks on the next phase begin.</summary>
    public double TalksFromDay { get; init; } = 16;

    /// <summary>Day by which the exchanges of the first phase are complete.</summary>
    public double ExchangesCompleteDay { get; init; } = 42;

    /// <summary>
    /// Reduction of each party's temptation by guarantees and monitoring (utility units), under the
    /// stated constant rule only; with a <see cref="Baseline"/> a positive value instead marks the text
    /// as guaranteed (<see cref="CeasefireClause.Guarantee"/> in <see cref="Clauses"/>), whose effect comes from the data.
    /// </summary>
    public double GuaranteeReduction { get; init; }

    /// <summary>Baseline breakdown hazard per day, split evenly between the parties.</summary>
    public double BaseHazardPerDay { get; init; } = 0.001;

    /// <summary>Where the baseline hazard came from (a stated number, or an estimate from data), for reports.</summary>
    public string HazardSource { get; init; } = "stated";

    /// <summary>The dataset the baseline hazard is to be estimated from (e.g. "eth-prio"), or null when it is stated.</summary>
    public string? HazardDataset { get; init; }

    /// <summary>The subset filter for <see cref="HazardDataset"/>, e.g. "written=1,mediator_nego=1".</summary>
    public string? HazardFilter { get; init; }

    /// <summary>Ceasefires left out of the fit (e.g. "location=Israel", to check against them), each in filter syntax; empty: none.</summary>
    public IReadOnlyList<string> HazardExclude { get; init; } = [];

    /// <summary>The form of the fitted baseline: "weibull" (default) or "piecewise".</summary>
    public string HazardCurve { get; init; } = "weibull";

    /// <summary>
    /// The stated Weibull (shape, scale in days) used when the data for <see cref="HazardDataset"/> is
    /// not found; null: fall back on the constant <see cref="BaseHazardPerDay"/>.
    /// </summary>
    public (double Shape, double Scale)? FallbackWeibull { get; init; }

    /// <summary>
    /// The clauses of the agreed text that change its hazard by the effects estimated from ETH/PRIO
    /// (<see cref="CeasefireClauseEffects"/>): the scenario's <c>clauses</c> list, plus
    /// <see cref="CeasefireClause.Guarantee"/> when <see cref="GuaranteeReduction"/> is positive.
    /// </summary>
    public CeasefireClause Clauses { get; init; }

    /// <summary>
    /// Clauses a text has when it takes a given value on an issue (<c>clauses_by_term</c>), on top of
    /// <see cref="Clauses"/>: a text with monitoring or a guarantee on the table is more durable than one
    /// without, by the effects estimated from ETH/PRIO. Empty by default (every text has the scenario's clauses).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<TermClause> TermClauses { get; init; } = [];

    /// <summary>
    /// The hazard ratio of a text with the given clauses against one with none, from the clause effects
    /// estimated with the baseline (<see cref="CeasefireClauseEffects.Multiplier"/>); null when no clause
    /// effects were estimated (then texts differ only by temptation).
    /// </summary>
    public Func<CeasefireClause, double>? ClauseHazardRatio { get; init; }

    /// <summary>
    /// The window over which a side values a text's chance of holding (issue 10, section 5): a text is worth
    /// S·u + (1 − S)·r, S its probability of holding this many days (default 365, an assumption).
    /// </summary>
    public double ValueWindowDays { get; init; } = 365;

    /// <summary>The clauses of a text with value indices <paramref name="digits"/>: the scenario's, plus those its terms bring.</summary>
    public CeasefireClause ClausesOf(ReadOnlySpan<int> digits) => WithTermClauses(Clauses, digits);

    /// <summary>
    /// How much a named text with its own clauses <paramref name="own"/> (its features) and value indices
    /// <paramref name="digits"/> multiplies the baseline hazard (that of a text with the scenario's
    /// <see cref="Clauses"/>): 1 without estimated clause effects.
    /// </summary>
    public double HazardRatioOf(CeasefireClause own, ReadOnlySpan<int> digits)
    {
        if (ClauseHazardRatio is not { } ratio)
        {
            return 1;
        }
        var clauses = WithTermClauses(own, digits);
        return clauses == Clauses ? 1 : ratio(clauses) / ratio(Clauses);
    }

    /// <summary>
    /// How much a text with value indices <paramref name="digits"/> multiplies the baseline hazard, which is
    /// that of a text with the scenario's <see cref="Clauses"/>: 1 without terms that bring clauses or
    /// without estimated clause effects.
    /// </summary>
    public double HazardRatioOf(ReadOnlySpan<int> digits) => TermClauses.IsEmpty ? 1 : HazardRatioOf(Clauses, digits);

    private CeasefireClause WithTermClauses(CeasefireClause clauses, ReadOnlySpan<int> digits)
    {
        foreach (var term in TermClauses)
        {
            if (digits[term.Issue] == term.Value)
            {
                clauses |= term.Clauses;
            }
        }
        return clauses;
    }

    /// <summary>β of the temptation scaling (exp(β·T) multiplies a side's half of the hazard); by default ln 2 / 0.1.</summary>
    public double TemptationBeta { get; init; } = CeasefireTemptation.DefaultBeta;

    /// <summary>
    /// The baseline hazard curve over the ceasefire's age, resolved once per scenario (from data, or
    /// a stated fallback), or null for the stated constant rule (<see cref="BaseHazardPerDay"/> plus
    /// <see cref="TemptationHazardPerDay"/> per unit of temptation).
    /// </summary>
    public CeasefireBaseline? Baseline { get; init; }

    /// <summary>Extra daily hazard per unit of positive temptation (the stated constant rule only).</summary>
    public double TemptationHazardPerDay { get; init; } = 0.01;

    /// <summary>
    /// These settings with the stated fallback baseline for a <see cref="HazardDataset"/> whose data is
    /// not at hand: the <see cref="FallbackWeibull"/> when stated, otherwise the constant
    /// <see cref="BaseHazardPerDay"/>, both scaled by temptation; the source states <paramref name="why"/>.
    /// </summary>
    public CeasefireSettings WithStatedFallback(string why)
    {
        var baseline = FallbackWeibull is { } w
            ? CeasefireBaseline.Weibull(w.Shape, w.Scale, TemptationBeta, string.Create(CultureInfo.InvariantCulture, $"assumption: stated Weibull shape {w.Shape:G4}, scale {w.Scale:G4} days, because {why}"))
            : CeasefireBaseline.Constant(BaseHazardPerDay, TemptationBeta, string.Create(CultureInfo.InvariantCulture, $"stated default constant {BaseHazardPerDay:G4}/day, because {why}"));
        var source = TermClauses.IsEmpty ? baseline.Source : baseline.Source + "; clauses brought by terms change nothing (no clause effects estimated without the data)";
        return this with { HazardSource = source, Baseline = baseline with { Source = source } };
    }

    /// <summary>Checks ranges; throws <see cref="ModelException"/>.</summary>
    public void Validate()
    {
        if (!(PhaseDays > 0) || TalksFromDay < 0 || ExchangesCompleteDay < 0)
        {
            throw new ModelException("ceasefire: phase_days must be positive and days non-negative");
        }
        if (!(BaseHazardPerDay >= 0 && BaseHazardPerDay <= 1) || !(TemptationHazardPerDay >= 0 && TemptationHazardPerDay <= 1))
        {
            throw new ModelException("ceasefire: hazards are probabilities per day and must lie in [0, 1]");
        }
        if (!(TemptationBeta >= 0) || double.IsInfinity(TemptationBeta))
        {
            throw new ModelException("ceasefire: temptation_beta must be finite and non-negative");
        }
        if (HazardCurve is not ("weibull" or "piecewise"))
        {
            throw new ModelException($"ceasefire: curve '{HazardCurve}' is not weibull or piecewise");
        }
        if (!(ValueWindowDays >= 0) || double.IsInfinity(ValueWindowDays))
        {
            throw new ModelException("ceasefire: value_window_days must be finite and non-negative");
        }
        if (GuaranteeReduction < 0)
        {
            throw new ModelException("ceasefire: guarantee_reduction must be non-negative");
        }
    }
}
