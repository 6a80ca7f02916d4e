using System.Globalization;
using Parley.Conflict.WarProcess;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Priors;
using Parley.Domain;
using Parley.Domain.Scenarios;
using Parley.Conflict.Scenarios;

namespace Parley.Application;

/// <summary>
/// Resolves a scenario's <c>base_hazard_per_day: {from_data: {dataset, filter, exclude, curve, fallback}}</c>
/// into the ceasefire's baseline hazard curve, once per scenario: <see cref="CeasefireHazardModel"/>
/// is fitted to the ETH/PRIO ceasefires of the filter minus the exclusions, and the baseline is its
/// Weibull (or, with <c>curve: piecewise</c>, its piecewise-constant fit) for a text with the scenario's
/// clauses (<see cref="CeasefireSettings.Clauses"/>, their effects from <see cref="CeasefireClauseEffects"/>
/// estimated in the same fit; no clauses: the curve of all selected ceasefires). Without a data
/// directory the stated fallback is used (a Weibull with stated shape and scale, or the constant
/// <c>fallback_constant</c>/default hazard), and the source says so.
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
        var cf = war.Ceasefire;
        var resolved = dataDirectory is null ? cf.WithStatedFallback($"the data for '{dataset}' was not found ({whyMissing ?? "no data directory was given"})") : Fitted(cf, CeasefireAggregation.Aggregate(EthPrioReader.Read(dataDirectory).Rows));
        return scenario with { War = war with { Ceasefire = resolved } };
    }

    /// <summary>The ceasefire settings with their baseline fitted to <paramref name="ceasefires"/> (the scenario's selection of them).</summary>
    public static CeasefireSettings Fitted(CeasefireSettings ceasefire, IEnumerable<Ceasefire> ceasefires)
    {
        ArgumentNullException.ThrowIfNull(ceasefire);
        var selection = CeasefireSelection.Parse(ceasefire.HazardFilter, [.. ceasefire.HazardExclude]);
        var clauses = ceasefire.Clauses;
        // Clause effects are estimated when the scenario's texts have clauses, or when terms bring them (clauses per text).
        var estimate = clauses != CeasefireClause.None || !ceasefire.TermClauses.IsEmpty;
        var model = CeasefireHazardModel.Fit(ceasefires, new CeasefireHazardOptions { Selection = selection, EstimateClauses = estimate });
        var multiplier = clauses == CeasefireClause.None ? 1 : model.ClauseEffects!.Multiplier(clauses);
        Func<double, double> curve = (ceasefire.HazardCurve, clauses) switch
        {
            ("piecewise", _) => t => t <= 0 ? 0 : multiplier * model.Piecewise.CumulativeHazard(t),
            (_, CeasefireClause.None) => t => t <= 0 ? 0 : model.CumulativeHazard(t),
            _ => t => t <= 0 ? 0 : model.CumulativeHazard(t, clauses),
        };
        var clauseText = clauses == CeasefireClause.None
            ? "no clauses stated: the curve of all selected ceasefires"
            : string.Create(CultureInfo.InvariantCulture, $"for a text with clauses {clauses} (hazard x{multiplier:0.###} against one with none, {(ceasefire.HazardCurve == "piecewise" ? "on the piecewise curve of all selected ceasefires" : "the clause regression's curve")})");
        var perText = ceasefire.TermClauses.IsEmpty ? "" : "; clauses brought by terms scale each text's hazard by the same effects";
        var source = $"{model.Describe()}; {clauseText}{perText}";
        return ceasefire with
        {
            BaseHazardPerDay = Math.Min(1, model.Exponential.Hazard(1)),
            HazardSource = source,
            Baseline = new CeasefireBaseline(ceasefire.HazardCurve, curve, ceasefire.TemptationBeta, source),
            ClauseHazardRatio = model.ClauseEffects is { } effects ? effects.Multiplier : null,
        };
    }
}
