using Parley.Domain.Endings;
using Parley.Simulation;
using Parley.Simulation.Summaries;

namespace Parley.Store.Sensitivity;

/// <summary>
/// The outcomes whose sensitivity a sweep reports, for one point: the share of runs ending in each
/// way, the share reaching an agreement, the mean days to agreement (over runs with one) and the
/// share of ceasefires still holding after a year (Kaplan-Meier). NaN where a point has no such run.
/// </summary>
public static class PointOutcomes
{
    /// <summary>The outcome names, in order: agreement, daysToAgreement, ceasefireHolds365, then one per ending.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["agreement", "daysToAgreement", "ceasefireHolds365", .. EndingNames.All.Select(e => "ending:" + EndingNames.Name(e))];

    /// <summary>The outcomes of <paramref name="result"/>, in the order of <see cref="Names"/>.</summary>
    public static double[] Of(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = SimulationSummary.Of(result);
        var runs = (double)summary.Runs;
        var agreed = EndingNames.All.Where(EndingNames.IsAgreement).Sum(summary.Count);
        var holds = summary.CeasefireCurve is null ? double.NaN : summary.CeasefireHoldsAt(365).Survival;
        return [agreed / runs, summary.DaysToAgreement.Mean, holds, .. EndingNames.All.Select(e => summary.Count(e) / runs)];
    }
}
