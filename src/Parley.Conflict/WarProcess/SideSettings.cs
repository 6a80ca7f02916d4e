using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// One belligerent's war-process parameters. Utilities are on the scale of the profiles: 1 is the
/// party's best outcome (military victory is worth 1), 0 its worst (defeat is worth 0).
/// </summary>
public sealed record SideSettings
{
    /// <summary>The party's name.</summary>
    public required string Party { get; init; }

    /// <summary>Beta prior pseudo-counts for the party's belief that it wins a battle (Smith and Stam).</summary>
    public double PriorWins { get; init; } = 1;

    /// <summary>Beta prior pseudo-counts for the party's belief that it loses a battle.</summary>
    public double PriorLosses { get; init; } = 1;

    /// <summary>The share of the contested territory it must control to win militarily.</summary>
    public double VictoryControl { get; init; } = 0.95;

    /// <summary>Cumulative cost (utility units) at which its will breaks.</summary>
    public double CostTolerance { get; init; } = 1;

    /// <summary>
    /// Discount factor per round of fighting, in (0, 1]: a payoff one round later is worth this much
    /// now (1, the default, discounts nothing). The war's <c>discount_per_round</c> unless the side states its own.
    /// </summary>
    public double DiscountPerRound { get; init; } = 1;

    /// <summary>Subjective cost of one day of fighting, in utility units.</summary>
    public UncertainRate UtilityCostPerDay { get; init; } = UncertainRate.Zero;

    /// <summary>Its combatants killed per day of fighting.</summary>
    public UncertainRate CombatantDeathsPerDay { get; init; } = UncertainRate.Zero;

    /// <summary>Civilians on its side killed per day of fighting.</summary>
    public UncertainRate CivilianDeathsPerDay { get; init; } = UncertainRate.Zero;

    /// <summary>What the combatant-death figure counts, in the scenario's words (null: its combatants killed).</summary>
    public string? CombatantDeathsLabel { get; init; }

    /// <summary>What the civilian-death figure counts, in the scenario's words (null: civilians on its side killed).</summary>
    public string? CivilianDeathsLabel { get; init; }

    /// <summary>Material cost per day of fighting (in the scenario's stated unit, for reports).</summary>
    public UncertainRate MaterialCostPerDay { get; init; } = UncertainRate.Zero;

    /// <summary>Weight of the humanitarian cost signal in its utility cost per day (0 when it does not bear it).</summary>
    public double HumanitarianCostWeight { get; init; }

    /// <summary>Baseline gain (utility) it sees in resuming the war during a ceasefire.</summary>
    public double ResumeTemptation { get; init; }

    /// <summary>Growth of that temptation per day of ceasefire (domestic pressure).</summary>
    public double DomesticPressurePerDay { get; init; }

    /// <summary>Added temptation once the exchanges are complete (its leverage, or the other side's, spent).</summary>
    public double TemptationAfterExchanges { get; init; }

    /// <summary>Checks ranges; throws <see cref="ModelException"/>.</summary>
    public void Validate()
    {
        if (!(PriorWins > 0) || !(PriorLosses > 0))
        {
            throw new ModelException($"{Party}: prior pseudo-counts must be positive");
        }
        if (!(VictoryControl > 0.5 && VictoryControl <= 1))
        {
            throw new ModelException($"{Party}: victory_control {VictoryControl} must be above 0.5 and at most 1");
        }
        if (!(DiscountPerRound > 0 && DiscountPerRound <= 1))
        {
            throw new ModelException($"{Party}: discount_per_round {DiscountPerRound} must lie in (0, 1]");
        }
        if (!(CostTolerance > 0))
        {
            throw new ModelException($"{Party}: cost_tolerance must be positive");
        }
        if (HumanitarianCostWeight < 0 || ResumeTemptation < -1 || DomesticPressurePerDay < 0 || TemptationAfterExchanges < 0)
        {
            throw new ModelException($"{Party}: costs, weights and pressures must be non-negative");
        }
    }
}
