using Parley.Data.Datasets.EthPrio;
using Parley.Data.Statistics;
using Parley.Data.Survival;
using Parley.Domain;

namespace Parley.Data.Priors;

/// <summary>Estimates ceasefire hazards from ETH/PRIO ceasefires for use as simulation inputs.</summary>
internal static class CeasefirePriors
{
    /// <summary>
    /// The hazard of <paramref name="ev"/> among the ceasefires matching <paramref name="filter"/>:
    /// constant, λ = events / total days in force, with the exact Poisson interval; and piecewise,
    /// one rate per window between <paramref name="cuts"/> (default 1, 7, 30, 90, 365 days).
    /// </summary>
    public static HazardEstimate Hazard(
        IEnumerable<Ceasefire> ceasefires,
        CeasefireFilter filter,
        CeasefireEvent ev = CeasefireEvent.Breakdown,
        double confidence = 0.95,
        IReadOnlyList<double>? cuts = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Hazard(ceasefires, new CeasefireSelection(filter, []), ev, confidence, cuts);
    }

    /// <summary>
    /// As <see cref="Hazard(IEnumerable{Ceasefire}, CeasefireFilter, CeasefireEvent, double, IReadOnlyList{double}?)"/>
    /// for a selection with exclusions (e.g. every ceasefire except those located in Israel).
    /// </summary>
    public static HazardEstimate Hazard(
        IEnumerable<Ceasefire> ceasefires,
        CeasefireSelection selection,
        CeasefireEvent ev = CeasefireEvent.Breakdown,
        double confidence = 0.95,
        IReadOnlyList<double>? cuts = null)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(selection);
        var observations = CeasefireSurvival.Observe(ceasefires.Where(selection.Matches), ev).Observations;
        if (observations.Count == 0)
        {
            throw new ModelException($"no usable ceasefires match filter '{selection}': widen the filter");
        }
        var curve = KaplanMeier.Estimate(observations, confidence);
        var rate = Intervals.PoissonRate(curve.Events, curve.TotalTime, confidence);
        var pieces = PiecewiseHazard.Estimate(observations, cuts ?? PiecewiseHazard.DefaultCuts, confidence);
        return new HazardEstimate("eth-prio", selection.ToString(), ev, curve.Count, curve.Events, curve.TotalTime, rate, pieces, curve, true);
    }
}
