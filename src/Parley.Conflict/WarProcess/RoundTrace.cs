namespace Parley.Conflict.WarProcess;

/// <summary>
/// Per-round means over a set of runs, for charts of the war as it goes on: reservation values, how
/// often a bargaining range exists, cumulative casualties, and the share of food need met. A run that
/// has ended contributes its final state to later rounds.
/// </summary>
public sealed class RoundTrace
{
    internal RoundTrace(int rounds, double daysPerRound)
    {
        Rounds = rounds;
        DaysPerRound = daysPerRound;
        Active = new double[rounds];
        ReservationA = new double[rounds];
        ReservationB = new double[rounds];
        RangeOpen = new double[rounds];
        AtWar = new double[rounds];
        CombatantDeathsA = new double[rounds];
        CivilianDeathsA = new double[rounds];
        CombatantDeathsB = new double[rounds];
        CivilianDeathsB = new double[rounds];
        NeedMet = new double[rounds];
    }

    /// <summary>Number of rounds traced.</summary>
    public int Rounds { get; }

    /// <summary>Days per round.</summary>
    public double DaysPerRound { get; }

    /// <summary>Number of runs averaged.</summary>
    public int Runs { get; internal set; }

    /// <summary>Runs not yet ended in each round (after normalising: their share).</summary>
    public double[] Active { get; }

    /// <summary>Mean reservation value of side A at the start of each round, over the runs not yet ended.</summary>
    public double[] ReservationA { get; }

    /// <summary>Mean reservation value of side B.</summary>
    public double[] ReservationB { get; }

    /// <summary>Share of runs in which a bargaining range exists that round.</summary>
    public double[] RangeOpen { get; }

    /// <summary>Share of runs still fighting that round (no ceasefire, not ended).</summary>
    public double[] AtWar { get; }

    /// <summary>Mean cumulative combatant deaths of side A at the end of each round.</summary>
    public double[] CombatantDeathsA { get; }

    /// <summary>Mean cumulative civilian deaths on side A's side.</summary>
    public double[] CivilianDeathsA { get; }

    /// <summary>Mean cumulative combatant deaths of side B.</summary>
    public double[] CombatantDeathsB { get; }

    /// <summary>Mean cumulative civilian deaths on side B's side.</summary>
    public double[] CivilianDeathsB { get; }

    /// <summary>Mean share of food need met that round.</summary>
    public double[] NeedMet { get; }

    /// <summary>
    /// The mean reservation values as a per-round script for the negotiation engine: round k of the
    /// talks takes the war's round k (one negotiation round per war round), so the war process drives
    /// the engine's moving reservation values. Rounds after every run has ended keep the last values.
    /// </summary>
    public Negotiation.Reservation.ScriptedReservationValues ToReservationScript()
    {
        var rows = new List<double[]>();
        double a = 0, b = 0;
        for (var r = 0; r < Rounds; r++)
        {
            if (double.IsFinite(ReservationA[r]) && double.IsFinite(ReservationB[r]))
            {
                (a, b) = (ReservationA[r], ReservationB[r]);
            }
            rows.Add([a, b]);
        }
        return new Negotiation.Reservation.ScriptedReservationValues(rows);
    }

    /// <summary>The day at the end of round <paramref name="round"/> (0-based).</summary>
    public double Day(int round) => (round + 1) * DaysPerRound;

    internal void Normalise()
    {
        if (Runs == 0)
        {
            return;
        }
        for (var i = 0; i < Rounds; i++)
        {
            ReservationA[i] = Active[i] > 0 ? ReservationA[i] / Active[i] : double.NaN;
            ReservationB[i] = Active[i] > 0 ? ReservationB[i] / Active[i] : double.NaN;
        }
        foreach (var series in new[] { Active, RangeOpen, AtWar, CombatantDeathsA, CivilianDeathsA, CombatantDeathsB, CivilianDeathsB, NeedMet })
        {
            for (var i = 0; i < series.Length; i++)
            {
                series[i] /= Runs;
            }
        }
    }
}
