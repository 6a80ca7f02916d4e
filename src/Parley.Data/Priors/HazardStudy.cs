using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;

namespace Parley.Data.Priors;

/// <summary>
/// Everything <c>parley data hazard</c> reports about one selection of ceasefires, computed in one
/// place: the constant and piecewise hazards with the Kaplan–Meier curve, the Weibull and clause
/// fits, an optional held-out comparison, and optional simulated ceasefires drawn four ways
/// (constant hazard with its uncertainty, piecewise hazard, resampled curve, Weibull).
/// </summary>
/// <param name="Spec">The hazard specification studied.</param>
/// <param name="Selection">The filter and exclusions.</param>
/// <param name="Estimate">Constant and piecewise hazards with the Kaplan–Meier curve.</param>
/// <param name="Model">The Weibull and piecewise fits with clause effects.</param>
/// <param name="HeldOut">The fit without a subset against that subset's curve, when one was asked for.</param>
/// <param name="Simulated">Simulated ceasefires under the constant hazard, when asked for.</param>
/// <param name="Piecewise">Simulated ceasefires under the piecewise hazard, when asked for.</param>
/// <param name="Empirical">Simulated ceasefires resampled from the curve, when asked for.</param>
/// <param name="Weibull">Simulated ceasefires under the Weibull fit, when asked for.</param>
public sealed record HazardStudy(
    DataHazardSpec Spec,
    CeasefireSelection Selection,
    HazardEstimate Estimate,
    CeasefireHazardModel Model,
    HeldOutComparison? HeldOut,
    SimulatedCeasefires? Simulated,
    SimulatedCeasefires? Piecewise,
    SimulatedCeasefires? Empirical,
    SimulatedCeasefires? Weibull)
{
    /// <summary>Studies <paramref name="ceasefires"/> as <paramref name="spec"/> and <paramref name="selection"/> ask.</summary>
    /// <param name="ceasefires">The aggregated ETH/PRIO ceasefires.</param>
    /// <param name="spec">Filter, event and confidence.</param>
    /// <param name="selection">The filter and the exclusions.</param>
    /// <param name="estimateClauses">Whether to estimate the clause effects.</param>
    /// <param name="holdOut">A subset to fit without and compare with, or null.</param>
    /// <param name="simulate">Ceasefires to simulate from each estimate (0: none).</param>
    /// <param name="seed">The seed of the simulations.</param>
    public static HazardStudy Run(IReadOnlyList<Ceasefire> ceasefires, DataHazardSpec spec, CeasefireSelection selection, bool estimateClauses, CeasefireFilter? holdOut, int simulate, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(selection);
        Domain.Preconditions.NonNegative(simulate, "the number of simulated ceasefires");
        var estimate = CeasefirePriors.Hazard(ceasefires, selection, spec.Event, spec.Confidence);
        var options = new CeasefireHazardOptions { Selection = selection, Event = spec.Event, Confidence = spec.Confidence, EstimateClauses = estimateClauses };
        var model = CeasefireHazardModel.Fit(ceasefires, options);
        var heldOut = holdOut is null ? null : CeasefireHazardValidation.HeldOut(ceasefires, holdOut, options);
        if (simulate == 0)
        {
            return new HazardStudy(spec, selection, estimate, model, heldOut, null, null, null, null);
        }
        return new HazardStudy(
            spec,
            selection,
            estimate,
            model,
            heldOut,
            CeasefireDurationSimulation.SimulateWithUncertainty(estimate, simulate, seed),
            CeasefireDurationSimulation.SimulatePiecewise(estimate.Pieces, simulate, seed, withUncertainty: true),
            CeasefireDurationSimulation.SimulateFromCurve(estimate.Curve, simulate, seed),
            CeasefireDurationSimulation.SimulateWeibull(model.Weibull, simulate, seed));
    }
}
