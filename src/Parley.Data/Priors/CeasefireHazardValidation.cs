using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>
/// Out-of-sample checks of <see cref="CeasefireHazardModel"/>: the model is fitted with a subset
/// EXCLUDED (e.g. ceasefires located in Israel) and its whole survival curve is compared with that
/// subset's Kaplan-Meier curve, so a check never compares with the data the curve was fitted on.
/// </summary>
internal static class CeasefireHazardValidation
{
    /// <summary>Fits without <paramref name="heldOut"/> and compares with it.</summary>
    /// <param name="ceasefires">All ceasefires.</param>
    /// <param name="heldOut">The subset to hold out, e.g. <c>location=Israel</c>.</param>
    /// <param name="options">Fit options; the held-out subset is added to their exclusions.</param>
    /// <param name="days">Days at which to report both curves (default 30, 90, 365).</param>
    public static HeldOutComparison HeldOut(IEnumerable<Ceasefire> ceasefires, CeasefireFilter heldOut,
        CeasefireHazardOptions? options = null, IReadOnlyList<int>? days = null)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(heldOut);
        if (heldOut.IsEmpty)
        {
            throw new ModelException("hold out a subset, e.g. location=Israel: holding out everything leaves nothing to fit");
        }
        options ??= new CeasefireHazardOptions();
        days ??= CeasefireSurvival.DefaultDays;
        var list = ceasefires as IReadOnlyCollection<Ceasefire> ?? ceasefires.ToArray();
        var model = CeasefireHazardModel.Fit(list, options with { Selection = options.Selection.Without(heldOut) });
        var paired = list.Where(c => heldOut.Matches(c) && options.Selection.Filter.Matches(c))
            .Select(c => (Ceasefire: c, Observed: CeasefireSurvival.Observe([c], options.Event).Observations))
            .Where(p => p.Observed.Count == 1 && p.Observed[0].Time > 0)
            .Select(p => (p.Ceasefire, Observation: p.Observed[0]))
            .ToArray();
        var observations = paired.Select(p => p.Observation).ToArray();
        if (observations.Length == 0)
        {
            throw new ModelException($"no usable ceasefires in the held-out subset '{heldOut}'");
        }
        var curve = KaplanMeier.Estimate(observations, options.Confidence);
        var points = days.Select(d => new HeldOutPoint(d, curve.At(d), model.SurvivalInterval(d), model.Piecewise.SurvivalInterval(d),
            model.ClauseEffects is { } e ? paired.Average(p => e.Regression.Survival(d, Row(p.Ceasefire))) : null)).ToArray();
        var adjusted = model.ClauseEffects is { } effects ? AdjustedTest(paired, effects) : null;
        return new HeldOutComparison(
            heldOut.ToString(),
            model,
            curve,
            points,
            OneSampleLogRank.Test(observations, model.CumulativeHazard),
            OneSampleLogRank.Test(observations, model.Piecewise.CumulativeHazard),
            MaxGap(curve, model.Survival),
            MaxGap(curve, model.Piecewise.Survival),
            adjusted);
    }

    private static double[] Row(Ceasefire c) => CeasefireClauseEffects.Covariates.Select(v => v.Value(c)).ToArray();

    // The subset's own clause mix: each ceasefire's expected events under the clause regression.
    private static OneSampleLogRank AdjustedTest((Ceasefire Ceasefire, SurvivalObservation Observation)[] paired, CeasefireClauseEffects effects)
    {
        var observed = paired.Count(p => p.Observation.IsEvent);
        var expected = paired.Sum(p => effects.Regression.CumulativeHazard(p.Observation.Time, Row(p.Ceasefire)));
        var statistic = (observed - expected) * (observed - expected) / expected;
        return new OneSampleLogRank(observed, expected, statistic, Statistics.ChiSquared.Survival(statistic, 1));
    }

    private static double MaxGap(KaplanMeierCurve curve, Func<double, double> fitted)
    {
        var gap = 0.0;
        var before = 1.0;
        foreach (var step in curve.Steps)
        {
            var s = fitted(step.Time);
            gap = Math.Max(gap, Math.Max(Math.Abs(before - s), Math.Abs(step.Survival - s)));
            before = step.Survival;
        }
        return gap;
    }
}
