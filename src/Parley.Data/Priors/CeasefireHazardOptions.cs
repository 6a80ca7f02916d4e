using Parley.Data.Datasets.EthPrio;
using Parley.Data.Survival;

namespace Parley.Data.Priors;

/// <summary>What <see cref="CeasefireHazardModel.Fit"/> fits to.</summary>
public sealed record CeasefireHazardOptions
{
    /// <summary>The ceasefires to fit on (a filter and exclusions); default all.</summary>
    public CeasefireSelection Selection { get; init; } = CeasefireSelection.All;

    /// <summary>What counts as the end (default breakdown; other ends are censored).</summary>
    public CeasefireEvent Event { get; init; } = CeasefireEvent.Breakdown;

    /// <summary>Confidence level of every interval.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Cut points of the piecewise-constant hazard, in days.</summary>
    public IReadOnlyList<double> Cuts { get; init; } = PiecewiseHazard.DefaultCuts;

    /// <summary>Also estimate clause effects (<see cref="CeasefireClauseEffects"/>) on the same selection.</summary>
    public bool EstimateClauses { get; init; } = true;
}
