using System.Collections.Immutable;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// The war settings a hypothesis states (its <c>war:</c> section merged over the scenario's): the
/// sides' settings, the balance of power, the events and the terms tied to the battlefield. Applied over the scenario's war settings, so
/// the horizon and the ceasefire (which hosts may have resolved) are kept.
/// </summary>
public sealed record WarOverride
{
    /// <summary>The two sides' settings under the hypothesis.</summary>
    public required ImmutableArray<SideSettings> Sides { get; init; }

    /// <summary>The events under the hypothesis.</summary>
    public required ImmutableArray<WarEvent> Events { get; init; }

    /// <summary>Side A's battle odds at the start.</summary>
    public required double BattleWinProbability { get; init; }

    /// <summary>The change of those odds per round.</summary>
    public required double PowerShiftPerRound { get; init; }

    /// <summary>The power schedule (empty: none).</summary>
    public required ImmutableArray<PowerPoint> PowerSchedule { get; init; }

    /// <summary>The terms tied to the battlefield under the hypothesis (empty: none).</summary>
    public ImmutableArray<ControlTiedTerm> TiedTerms { get; init; } = [];

    /// <summary>The band in which those terms count the ground held.</summary>
    public double ControlBand { get; init; } = 0.05;

    /// <summary>The settings as stated in <paramref name="war"/> (what a hypothesis without a war section keeps).</summary>
    public static WarOverride Of(WarSettings war)
    {
        ArgumentNullException.ThrowIfNull(war);
        return new WarOverride
        {
            Sides = war.Sides,
            Events = war.Events,
            BattleWinProbability = war.BattleWinProbability,
            PowerShiftPerRound = war.PowerShiftPerRound,
            PowerSchedule = war.PowerSchedule,
            TiedTerms = war.TiedTerms,
            ControlBand = war.ControlBand,
        };
    }

    /// <summary><paramref name="war"/> with these settings.</summary>
    public WarSettings Apply(WarSettings war)
    {
        ArgumentNullException.ThrowIfNull(war);
        return war with
        {
            Sides = Sides,
            Events = Events,
            BattleWinProbability = BattleWinProbability,
            PowerShiftPerRound = PowerShiftPerRound,
            PowerSchedule = PowerSchedule,
            TiedTerms = TiedTerms,
            ControlBand = ControlBand,
        };
    }
}
