using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Parley.Domain;
using Parley.Domain.Scenarios;
using Parley.Conflict.Scenarios;

namespace Parley.Application;

/// <summary>
/// Resolves a scenario's <c>base_hazard_per_day: {from_data: {dataset, filter}}</c> into a number:
/// the constant breakdown hazard of the matching ETH/PRIO ceasefires (events / exposure, with its
/// confidence interval), and records which estimate was used so reports can state it. Without a
/// data directory the stated default stays, and the source says so.
/// </summary>
public static class HazardFromData
{
    /// <summary>The scenario with its ceasefire hazard estimated from data, when it asks for that.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="dataDirectory">The folder of the conflict datasets as the host found it, or null when it found none.</param>
    /// <param name="whyMissing">When <paramref name="dataDirectory"/> is null, why (stated in the hazard's source).</param>
    public static Scenario Resolve(Scenario scenario, string? dataDirectory, string? whyMissing = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.War is not { Ceasefire.HazardDataset: { } dataset } war)
        {
            return scenario;
        }
        if (!string.Equals(dataset, "eth-prio", StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelException($"ceasefire hazards can be estimated from 'eth-prio', not '{dataset}'");
        }
        if (dataDirectory is null)
        {
            var fallback = war.Ceasefire with
            {
                HazardSource = $"stated default {war.Ceasefire.BaseHazardPerDay:G4}/day: the data for '{dataset}' was not found ({whyMissing ?? "no data directory was given"})",
            };
            return scenario with { War = war with { Ceasefire = fallback } };
        }
        var ceasefires = CeasefireAggregation.Aggregate(EthPrioReader.Read(dataDirectory).Rows);
        var estimate = DataHazardSpec.From("eth-prio", war.Ceasefire.HazardFilter).Estimate(ceasefires);
        var resolved = war.Ceasefire with
        {
            BaseHazardPerDay = Math.Min(1, estimate.PerDay.Estimate),
            HazardSource = estimate.Describe(),
        };
        return scenario with { War = war with { Ceasefire = resolved } };
    }
}
