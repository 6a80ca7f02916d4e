using System.Collections.Immutable;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// The war that goes on between negotiation rounds: battles over a contested territory (a random
/// walk of control, as in Smith and Stam), costs per day, a shifting balance of power, and the
/// thresholds at which a war ends militarily. The first side is the first belligerent of the scenario.
/// </summary>
public sealed record WarSettings
{
    /// <summary>Days of fighting per negotiation round.</summary>
    public double DaysPerRound { get; init; } = 7;

    /// <summary>Days after which an unfinished war is a stalemate.</summary>
    public double HorizonDays { get; init; } = 730;

    /// <summary>Battles per round.</summary>
    public int BattlesPerRound { get; init; } = 1;

    /// <summary>True probability that the first side wins a battle at the start.</summary>
    public double BattleWinProbability { get; init; } = 0.5;

    /// <summary>Change of that probability per round (a steady shift of power).</summary>
    public double PowerShiftPerRound { get; init; }

    /// <summary>
    /// Side A's battle odds over time as (day, odds) points (<see cref="Events.PowerSchedule"/>); when
    /// given it replaces <see cref="BattleWinProbability"/> and <see cref="PowerShiftPerRound"/>. Empty by default.
    /// </summary>
    public ImmutableArray<PowerPoint> PowerSchedule { get; init; } = [];

    /// <summary>Events and conditions that change parameters during a run, in the order their effects apply (at most 64). Empty by default.</summary>
    public ImmutableArray<WarEvent> Events { get; init; } = [];

    /// <summary>Terms whose worth to a side follows the ground it holds (<see cref="ControlTiedTerm"/>). Empty by default.</summary>
    public ImmutableArray<ControlTiedTerm> TiedTerms { get; init; } = [];

    /// <summary>
    /// The band, as a share of the territory, in which the ground held is counted for <see cref="TiedTerms"/>:
    /// their values move when control has moved a whole band from the start (default 0.05, an assumption).
    /// </summary>
    public double ControlBand { get; init; } = 0.05;

    /// <summary>Share of the contested territory the first side controls at the start.</summary>
    public double InitialControl { get; init; } = 0.5;

    /// <summary>Change of control per battle.</summary>
    public double ControlStepPerBattle { get; init; } = 0.02;

    /// <summary>
    /// Version 1's weight of rejected offers in belief updates, in pseudo-battles. No longer used: offers
    /// and rejections now inform through the signalling model (<see cref="OpponentTypeSpread"/>); the
    /// field still loads.
    /// </summary>
    public double OfferInformationWeight { get; init; } = 0.5;

    /// <summary>
    /// How unsure each side is of the other's private prior: the standard deviation of its belief over
    /// the other's prior mean, centred on the mirror of its own view (docs/war-process.md, "Signalling").
    /// </summary>
    public double OpponentTypeSpread { get; init; } = 0.1;

    /// <summary>Who proposes in the first round of talks: 0 for side A, 1 for side B, null to draw it per run (even odds).</summary>
    public int? FirstMover { get; init; }

    /// <summary>A text in force as a ceasefire from day 0 (a simulation from a text's date), or null: the war starts in open war.</summary>
    public TextInForce? StartText { get; init; }

    /// <summary>The two sides, first belligerent first.</summary>
    public required ImmutableArray<SideSettings> Sides { get; init; }

    /// <summary>How agreed ceasefires unfold.</summary>
    public CeasefireSettings Ceasefire { get; init; } = new();

    /// <summary>Number of rounds before the horizon.</summary>
    public int HorizonRounds => (int)Math.Ceiling(HorizonDays / DaysPerRound);

    /// <summary>Checks every parameter; throws <see cref="ModelException"/> naming the one at fault.</summary>
    public void Validate()
    {
        if (!(DaysPerRound > 0) || !(HorizonDays >= DaysPerRound))
        {
            throw new ModelException("war: days_per_round must be positive and horizon_days at least one round");
        }
        if (BattlesPerRound < 1 || BattlesPerRound > 1000)
        {
            throw new ModelException($"war: battles_per_round {BattlesPerRound} must be between 1 and 1000");
        }
        if (!(BattleWinProbability >= 0 && BattleWinProbability <= 1))
        {
            throw new ModelException($"war: battle_win_probability {BattleWinProbability} is a probability and must lie in [0, 1]");
        }
        if (!(InitialControl >= 0 && InitialControl <= 1) || !(ControlStepPerBattle > 0 && ControlStepPerBattle <= 0.5))
        {
            throw new ModelException("war: initial_control must lie in [0, 1] and control_step in (0, 0.5]");
        }
        if (!double.IsFinite(PowerShiftPerRound) || Math.Abs(PowerShiftPerRound) > 0.5)
        {
            throw new ModelException("war: power_shift_per_round must lie in [-0.5, 0.5]");
        }
        ValidateEvents();
        if (!(ControlBand > 0 && ControlBand <= 1))
        {
            throw new ModelException($"war: control_band {ControlBand} must lie in (0, 1]");
        }
        foreach (var term in TiedTerms)
        {
            if (!double.IsFinite(term.Weight) || term.Side is < 0 or > 1)
            {
                throw new ModelException($"war: a term tied to control needs a finite weight and one of the two sides (weight {term.Weight})");
            }
        }
        if (OfferInformationWeight < 0)
        {
            throw new ModelException("war: offer_information_weight must be non-negative");
        }
        if (!(OpponentTypeSpread > 0 && OpponentTypeSpread <= 1))
        {
            throw new ModelException($"war: opponent_type_spread {OpponentTypeSpread} must lie in (0, 1]");
        }
        if (FirstMover is < 0 or > 1)
        {
            throw new ModelException("war: first_mover must name one of the two sides, or be 'random'");
        }
        if (Sides.Length != 2)
        {
            throw new ModelException($"war: give exactly two sides (the first two belligerents), not {Sides.Length}");
        }
        foreach (var side in Sides)
        {
            side.Validate();
        }
        var a = Sides[0];
        var b = Sides[1];
        if (InitialControl >= a.VictoryControl || InitialControl <= 1 - b.VictoryControl)
        {
            throw new ModelException($"war: initial_control {InitialControl} already meets a side's victory_control: the war would be over before it starts");
        }
        // A threshold no battle sequence can reach within the horizon makes military endings impossible.
        var stepsA = (a.VictoryControl - InitialControl) / ControlStepPerBattle;
        var stepsB = (InitialControl - (1 - b.VictoryControl)) / ControlStepPerBattle;
        var maxBattles = HorizonRounds * (double)BattlesPerRound;
        if (Math.Min(stepsA, stepsB) > maxBattles)
        {
            throw new ModelException($"war: neither victory threshold can be reached within the horizon ({Math.Min(stepsA, stepsB):0} battles needed, {maxBattles:0} possible): raise control_step, battles_per_round or horizon_days");
        }
        Ceasefire.Validate();
    }

    private void ValidateEvents()
    {
        for (var i = 0; i < PowerSchedule.Length; i++)
        {
            var p = PowerSchedule[i];
            if (!(p.BattleOdds >= 0 && p.BattleOdds <= 1) || !double.IsFinite(p.Day) || (i > 0 && !(p.Day > PowerSchedule[i - 1].Day)))
            {
                throw new ModelException($"war: power_schedule point {i + 1} (day {p.Day}, odds {p.BattleOdds}): days must increase and odds lie in [0, 1]");
            }
        }
        if (Events.Length > 64)
        {
            throw new ModelException($"war: at most 64 events, not {Events.Length}");
        }
        foreach (var e in Events)
        {
            if (e.Trigger.Side is < 0 or > 1 || e.Effects.Any(f => f.Side is < 0 or > 1))
            {
                throw new ModelException($"event '{e.Name}': a side must be one of the two war sides");
            }
            if (!double.IsFinite(e.Trigger.Threshold))
            {
                throw new ModelException($"event '{e.Name}': its day or threshold must be a number");
            }
        }
    }
}
