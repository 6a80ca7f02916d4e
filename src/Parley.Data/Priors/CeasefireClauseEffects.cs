using Parley.Data.Datasets.EthPrio;
using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// The one place where clause effects on the ceasefire breakdown hazard are estimated: a Weibull
/// proportional-hazards regression (<see cref="WeibullRegression"/>, maximum likelihood with
/// right-censoring) of ETH/PRIO breakdowns on the 0/1 covariates of <see cref="Covariates"/>, all
/// entered together so each effect is net of the others. exp(β) is the hazard multiplier of a clause;
/// an agreement's multiplier is the product over the covariates it switches on. The war process and the
/// agreement-text audit both take their multipliers from here.
/// <para>
/// Cited prior / comparison: V. P. Fortna, <i>Peace Time: Cease-Fire Agreements and the Durability of
/// Peace</i> (Princeton UP, 2004), on interstate ceasefires, finds that stronger agreements (buffer
/// zones, peacekeeping and monitoring, third-party guarantees, joint commissions) last longer. The book
/// was not in the stored material: the directions in <see cref="ClauseEffect.Fortna"/> are as recalled,
/// not checked against it, and no number of hers is used. ETH/PRIO covers civil conflicts, Fortna
/// interstate wars, so the two need not agree. All ETH/PRIO code readings are unverified
/// (docs/data/codes.md); the ETH/PRIO clause estimates are associations, not causal effects
/// (clauses are chosen by the parties).
/// </para>
/// </summary>
public sealed class CeasefireClauseEffects
{

    private static readonly Dictionary<CeasefireClause, string> FortnaDirections = new()
    {
        [CeasefireClause.Written] = "formal agreement: weak or no clear effect by itself in Fortna's account (as recalled; not checked)",
        [CeasefireClause.FixedTime] = "not one of Fortna's mechanisms",
        [CeasefireClause.Enforcement] = Strength("outside enforcement and peacekeeping"),
        [CeasefireClause.Monitoring] = Strength("monitoring, peacekeeping and joint commissions"),
        [CeasefireClause.BufferZone] = Strength("demilitarised zones"),
        [CeasefireClause.Guarantee] = Strength("third-party guarantees"),
        [CeasefireClause.Mediation] = "third-party involvement in reaching the deal: not one of Fortna's mechanisms",
    };

    private readonly double[] _hazardRatios;

    private CeasefireClauseEffects(WeibullFit regression, IReadOnlyList<ClauseEffect> effects, string selection)
    {
        Regression = regression;
        Effects = effects;
        Selection = selection;
        _hazardRatios = regression.Coefficients.Select(c => c.HazardRatio.Estimate).ToArray();
    }

    private static string Strength(string mechanism) =>
        $"lower hazard: {mechanism} are part of Fortna's agreement strength (direction as recalled, not checked against the book)";

    /// <summary>The ETH/PRIO covariates, in regression order. Unclear codes count as absent.</summary>
    public static IReadOnlyList<ClauseCovariate> Covariates { get; } =
    [
        new("written", CeasefireClause.Written, "written = 1 or 2 (written agreement, two codes of unknown difference)", false, c => c.Written is 1 or 2 ? 1 : 0),
        new("fixed", CeasefireClause.FixedTime, "fixed = 1 (fixed duration)", false, c => c.Fixed == 1 ? 1 : 0),
        new("enforcement", CeasefireClause.Enforcement | CeasefireClause.Guarantee,
            "enforcement = 1 or 2 (external actor or international organisation, a third-party script's reading); the only code for guarantees too", false,
            c => c.Enforcement is 1 or 2 ? 1 : 0),
        new("implement", CeasefireClause.Monitoring, "implement = 1 (an implementation mechanism: the nearest code to monitoring, a proxy)", false, c => c.Implement == 1 ? 1 : 0),
        new("mediated", CeasefireClause.Mediation, "mediator_nego = 1 (mediated or negotiated with a mediator)", false, c => c.MediatorNego == 1 ? 1 : 0),
    ];

    /// <summary>The fitted regression (shape, baseline scale for a ceasefire with none of the covariates, coefficients).</summary>
    public WeibullFit Regression { get; }

    /// <summary>One effect per clause (every flag of <see cref="CeasefireClause"/> except None).</summary>
    public IReadOnlyList<ClauseEffect> Effects { get; }

    /// <summary>The ceasefires the effects were estimated on.</summary>
    public string Selection { get; }

    /// <summary>True: the estimates rest on unverified ETH/PRIO code readings.</summary>
    public bool Unverified => true;

    /// <summary>Estimates the effects on the ceasefires of <paramref name="selection"/>.</summary>
    public static CeasefireClauseEffects Estimate(IEnumerable<Ceasefire> ceasefires, CeasefireSelection selection,
        CeasefireEvent ev = CeasefireEvent.Breakdown, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(selection);
        var observations = new List<SurvivalObservation>();
        var rows = new List<double[]>();
        foreach (var c in ceasefires.Where(selection.Matches))
        {
            var observed = CeasefireSurvival.Observe([c], ev).Observations;
            if (observed.Count == 0 || observed[0].Time <= 0)
            {
                continue;
            }
            observations.Add(observed[0]);
            rows.Add(Covariates.Select(v => v.Value(c)).ToArray());
        }
        if (observations.Count == 0)
        {
            throw new ModelException($"no usable ceasefires in '{selection}': widen the selection");
        }
        var fit = WeibullRegression.Fit(observations, rows, Covariates.Select(v => v.Name).ToArray(), confidence);
        var effects = new List<ClauseEffect>();
        foreach (var clause in Enum.GetValues<CeasefireClause>().Where(c => c != CeasefireClause.None))
        {
            var index = IndexOf(clause);
            var fortna = FortnaDirections[clause];
            if (index < 0)
            {
                effects.Add(new ClauseEffect(clause, null, new Interval(1, 1, 1, confidence), double.NaN, false, false, fortna));
                continue;
            }
            var coefficient = fit.Coefficients[index];
            effects.Add(new ClauseEffect(clause, coefficient.Name, coefficient.HazardRatio, coefficient.PValue, true, Covariates[index].Verified, fortna));
        }
        return new CeasefireClauseEffects(fit, effects, selection.ToString());
    }

    /// <summary>The 0/1 covariate row of an agreement with <paramref name="clauses"/>.</summary>
    public static double[] CovariateRow(CeasefireClause clauses) =>
        Covariates.Select(v => (v.Clauses & clauses) != 0 ? 1.0 : 0.0).ToArray();

    /// <summary>
    /// The hazard multiplier of an agreement with <paramref name="clauses"/> relative to one with none
    /// of them: the product of exp(β) over the covariates the clauses switch on (each once).
    /// </summary>
    public double Multiplier(CeasefireClause clauses)
    {
        var m = 1.0;
        for (var j = 0; j < Covariates.Count; j++)
        {
            if ((Covariates[j].Clauses & clauses) != 0)
            {
                m *= _hazardRatios[j];
            }
        }
        return m;
    }

    /// <summary>The effect of one clause.</summary>
    public ClauseEffect this[CeasefireClause clause] =>
        Effects.FirstOrDefault(e => e.Clause == clause) ?? throw new ModelException($"'{clause}' is not a single clause: ask for one flag at a time");

    /// <summary>Survival of an agreement with <paramref name="clauses"/> after <paramref name="day"/> days, with its interval.</summary>
    public Interval Survival(double day, CeasefireClause clauses) => Regression.SurvivalInterval(day, CovariateRow(clauses));

    private static int IndexOf(CeasefireClause clause)
    {
        for (var j = 0; j < Covariates.Count; j++)
        {
            if ((Covariates[j].Clauses & clause) != 0)
            {
                return j;
            }
        }
        return -1;
    }
}
