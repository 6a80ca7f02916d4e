using System.Globalization;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// The baseline ceasefire breakdown hazard fitted to ETH/PRIO ceasefires by maximum likelihood with
/// right-censoring: a Weibull (shape k &lt; 1 is a hazard that falls with the ceasefire's age) and, as a
/// check on its form, a piecewise-constant hazard; the constant (exponential) fit is kept for the
/// likelihood-ratio test of k = 1. Clause effects come from <see cref="CeasefireClauseEffects"/>.
/// Days are days in force (a ceasefire that breaks down the day it begins has lasted 1 day).
/// <para>
/// For the war process: <see cref="BreakdownProbability"/> gives P(breakdown between two ages | it
/// lasted to the first) under a hazard multiplier (clauses, temptation: <see cref="CeasefireTemptation"/>).
/// For a text audit: <see cref="Survival(double, CeasefireClause)"/>. Code readings are unverified.
/// </para>
/// </summary>
public sealed class CeasefireHazardModel
{
    private CeasefireHazardModel(
        CeasefireHazardOptions options,
        CeasefireObservations observations,
        WeibullFit weibull,
        Interval shapeProfile,
        WeibullFit exponential,
        PiecewiseHazardCurve piecewise,
        KaplanMeierCurve curve,
        CeasefireClauseEffects? clauses)
    {
        Options = options;
        Excluded = observations.Excluded;
        Weibull = weibull;
        ShapeProfileInterval = shapeProfile;
        Exponential = exponential;
        Piecewise = piecewise;
        Curve = curve;
        ClauseEffects = clauses;
        var lr = Math.Max(0, 2 * (weibull.LogLikelihood - exponential.LogLikelihood));
        ShapeTest = new LikelihoodRatioTest(lr, 1, ChiSquared.Survival(lr, 1));
    }

    /// <summary>What the model was fitted to.</summary>
    public CeasefireHazardOptions Options { get; }

    /// <summary>The selection in canonical form.</summary>
    public string Selection => Options.Selection.ToString();

    /// <summary>Selected ceasefires that could not be used, by reason.</summary>
    public IReadOnlyDictionary<string, int> Excluded { get; }

    /// <summary>The Weibull fit (no covariates): the baseline.</summary>
    public WeibullFit Weibull { get; }

    /// <summary>The Weibull shape with its profile-likelihood interval (a check on the Wald interval of <see cref="Weibull"/>).</summary>
    public Interval ShapeProfileInterval { get; }

    /// <summary>The exponential fit (shape fixed at 1): rate = events / exposure.</summary>
    public WeibullFit Exponential { get; }

    /// <summary>Likelihood-ratio test of the Weibull against the exponential (k = 1).</summary>
    public LikelihoodRatioTest ShapeTest { get; }

    /// <summary>The piecewise-constant hazard (maximum likelihood per window).</summary>
    public PiecewiseHazardCurve Piecewise { get; }

    /// <summary>The Kaplan-Meier curve of the ceasefires fitted on.</summary>
    public KaplanMeierCurve Curve { get; }

    /// <summary>Clause effects estimated on the same selection; null when not asked for.</summary>
    public CeasefireClauseEffects? ClauseEffects { get; }

    /// <summary>Usable ceasefires.</summary>
    public int Ceasefires => Curve.Count;

    /// <summary>Events among them.</summary>
    public int Events => Curve.Events;

    /// <summary>True: ETH/PRIO end codes are Parley's unverified reading.</summary>
    public bool Unverified => true;

    /// <summary>Fits the model to <paramref name="ceasefires"/>.</summary>
    public static CeasefireHazardModel Fit(IEnumerable<Ceasefire> ceasefires, CeasefireHazardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        options ??= new CeasefireHazardOptions();
        Intervals.CheckConfidence(options.Confidence);
        var list = ceasefires as IReadOnlyCollection<Ceasefire> ?? ceasefires.ToArray();
        var observed = CeasefireSurvival.Observe(list.Where(options.Selection.Matches), options.Event);
        var usable = observed.Observations.Where(o => o.Time > 0).ToArray();
        if (usable.Length == 0)
        {
            throw new ModelException($"no usable ceasefires in '{options.Selection}': widen the selection");
        }
        var weibull = WeibullRegression.Fit(usable, confidence: options.Confidence);
        var profile = WeibullRegression.ProfileShapeInterval(usable, options.Confidence);
        var exponential = WeibullRegression.Fit(usable, confidence: options.Confidence, fixedShape: 1);
        var piecewise = new PiecewiseHazardCurve(PiecewiseHazard.Estimate(usable, options.Cuts, options.Confidence));
        var curve = KaplanMeier.Estimate(usable, options.Confidence);
        var clauses = options.EstimateClauses ? CeasefireClauseEffects.Estimate(list, options.Selection, options.Event, options.Confidence) : null;
        return new CeasefireHazardModel(options, observed, weibull, profile, exponential, piecewise, curve, clauses);
    }

    /// <summary>Reads ETH/PRIO from <paramref name="dataDirectory"/> and fits the model.</summary>
    public static CeasefireHazardModel Load(string dataDirectory, CeasefireHazardOptions? options = null) =>
        Fit(CeasefireAggregation.Aggregate(EthPrioReader.Read(dataDirectory).Rows), options);

    /// <summary>The Weibull baseline hazard per day at age <paramref name="day"/> &gt; 0.</summary>
    public double Hazard(double day) => Weibull.Hazard(day);

    /// <summary>The hazard per day at age <paramref name="day"/> of an agreement with <paramref name="clauses"/> (the clause regression).</summary>
    public double Hazard(double day, CeasefireClause clauses) => Effects.Regression.Hazard(day, CeasefireClauseEffects.CovariateRow(clauses));

    /// <summary>The Weibull baseline cumulative hazard H(t).</summary>
    public double CumulativeHazard(double day) => Weibull.CumulativeHazard(day);

    /// <summary>H(t) of an agreement with <paramref name="clauses"/> (the clause regression).</summary>
    public double CumulativeHazard(double day, CeasefireClause clauses) =>
        Effects.Regression.CumulativeHazard(day, CeasefireClauseEffects.CovariateRow(clauses));

    /// <summary>P(still holding after <paramref name="day"/> days) under the Weibull baseline.</summary>
    public double Survival(double day) => Weibull.Survival(day);

    /// <summary><see cref="Survival(double)"/> with its delta-method interval.</summary>
    public Interval SurvivalInterval(double day) => Weibull.SurvivalInterval(day);

    /// <summary>
    /// P(still holding after <paramref name="day"/> days) for an agreement with <paramref name="clauses"/>
    /// (<see cref="CeasefireClause.None"/>: one with none of them, not the average ceasefire).
    /// </summary>
    public double Survival(double day, CeasefireClause clauses) => SurvivalInterval(day, clauses).Estimate;

    /// <summary><see cref="Survival(double, CeasefireClause)"/> with its interval.</summary>
    public Interval SurvivalInterval(double day, CeasefireClause clauses) => Effects.Survival(day, clauses);

    /// <summary>
    /// P(the ceasefire breaks down between ages <paramref name="fromDay"/> and <paramref name="toDay"/>
    /// | it held to <paramref name="fromDay"/>) when the baseline hazard is multiplied by
    /// <paramref name="multiplier"/>: 1 − exp(−m·(H(to) − H(from))). This is what a war process draws
    /// each round. H is the Weibull baseline of all selected ceasefires, or, when <paramref name="clauses"/>
    /// is given, the clause regression's curve for an agreement with those clauses.
    /// </summary>
    public double BreakdownProbability(double fromDay, double toDay, double multiplier = 1, CeasefireClause? clauses = null)
    {
        if (!(toDay >= fromDay) || fromDay < 0)
        {
            throw new ModelException($"breakdown window {fromDay}-{toDay} days is not an interval of ages: use 0 <= from <= to");
        }
        if (!(multiplier >= 0) || double.IsInfinity(multiplier))
        {
            throw new ModelException($"hazard multiplier {multiplier} must be finite and non-negative");
        }
        var x = clauses is { } c
            ? multiplier * (CumulativeHazard(toDay, c) - CumulativeHazard(fromDay, c))
            : multiplier * (CumulativeHazard(toDay) - CumulativeHazard(fromDay));
        // 1 − e^(−x) without cancellation for small x.
        return x < 1e-5 ? x * (1 - (x / 2) + (x * x / 6)) : 1 - Math.Exp(-x);
    }

    /// <summary>One line for a report.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"ceasefire {(Options.Event == CeasefireEvent.Breakdown ? "breakdown" : "end")} hazard: Weibull shape {Weibull.Shape.Estimate:0.###} ({Weibull.Shape.Confidence:P0} CI {Weibull.Shape.Lower:0.###}-{Weibull.Shape.Upper:0.###}), scale {Weibull.Scale.Estimate:0} days ({Weibull.Scale.Lower:0}-{Weibull.Scale.Upper:0}); holding at 30/90/365 days {Survival(30):P1}/{Survival(90):P1}/{Survival(365):P1}; from eth-prio {Selection}: {Events} events over {Ceasefires} ceasefires; code readings unverified");

    private CeasefireClauseEffects Effects => ClauseEffects
        ?? throw new ModelException("clause effects were not estimated: fit with EstimateClauses = true");
}
