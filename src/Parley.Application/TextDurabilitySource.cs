using System.Globalization;
using Parley.Conflict.Scenarios;
using Parley.Conflict.Texts;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;

namespace Parley.Application;

/// <summary>
/// The durability curve a text audit uses, found once per scenario: the clause regression
/// (<see cref="CeasefireClauseEffects"/>) fitted to the ETH/PRIO ceasefires the scenario's
/// <c>base_hazard_per_day.from_data</c> selects (all of them when it names none); without the data,
/// the scenario's stated Weibull fallback, else its constant hazard, neither with clause effects.
/// </summary>
public static class TextDurabilitySource
{
    /// <summary>The durability model for <paramref name="scenario"/>'s texts.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="dataDirectory">The conflict datasets folder as the host found it, or null.</param>
    /// <param name="whyMissing">Why there is none, when <paramref name="dataDirectory"/> is null.</param>
    public static TextDurability Resolve(Scenario scenario, string? dataDirectory, string? whyMissing = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cf = scenario.War?.Ceasefire;
        var beta = cf?.TemptationBeta ?? CeasefireTemptation.DefaultBeta;
        if (dataDirectory is not null)
        {
            var selection = CeasefireSelection.Parse(cf?.HazardFilter, [.. cf?.HazardExclude ?? []]);
            var effects = CeasefireClauseEffects.Estimate(CeasefireAggregation.Aggregate(EthPrioReader.Read(dataDirectory).Rows), selection);
            return TextDurability.FromEffects(effects, beta);
        }
        var why = whyMissing ?? "no data directory was given";
        if (cf?.FallbackWeibull is { } w)
        {
            return TextDurability.FromWeibull(w.Shape, w.Scale, beta, $"the scenario's fallback; ETH/PRIO not found: {why}");
        }
        var hazard = cf?.BaseHazardPerDay ?? 0.001;
        return TextDurability.FromWeibull(1, 1 / hazard, beta,
            string.Create(CultureInfo.InvariantCulture, $"the constant hazard {hazard}/day; ETH/PRIO not found: {why}"));
    }
}
