using Parley.Conflict.WarProcess.Talks;
using Parley.Domain.Endings;
using Parley.Randomness;

namespace Parley.Conflict.WarProcess;

// ScenarioWarModel, part: the per-round means for charts (RoundTrace) and what an observer is told at the start of a round.
public sealed partial class ScenarioWarModel
{
    /// <summary>Tells <paramref name="observer"/> the state at the start of a round; each side's belief is its Beta posterior mean after the battles so far.</summary>
    private void ObserveRound(IRunObserver observer, WarRegime regime, int round, double day, double rA, double rB, int battles, int position)
    {
        var net = position - _startPosition;
        var winsA = (battles + net) / 2.0;
        var winsB = (battles - net) / 2.0;
        var a = regime.Sides[0];
        var b = regime.Sides[1];
        var beliefA = (a.PriorWins + winsA) / (a.PriorWins + a.PriorLosses + battles);
        var beliefB = (b.PriorWins + winsB) / (b.PriorWins + b.PriorLosses + battles);
        observer.RoundStarted(round, day, rA, rB, beliefA, beliefB, ControlA(position));
    }

    /// <summary>The frontier text maximising the Nash product over (rA, rB), or -1 when no text clears both.</summary>
    private static int NashText(WarRegime regime, double rA, double rB)
    {
        var u0 = regime.U0;
        var u1 = regime.U1;
        var best = -1;
        var bestProduct = double.NegativeInfinity;
        // The frontier is sorted by decreasing u0 (and so increasing u1): texts clearing rA form a prefix.
        for (var i = 0; i < u0.Length && u0[i] >= rA; i++)
        {
            if (u1[i] < rB)
            {
                continue;
            }
            var product = (u0[i] - rA) * (u1[i] - rB);
            if (product > bestProduct)
            {
                bestProduct = product;
                best = i;
            }
        }
        return best;
    }

    private static void Record(RoundTrace? trace, int round, double rA, double rB, bool rangeOpen, bool atWar, double cA, double vA, double cB, double vB, double needMet)
    {
        if (trace is null || round >= trace.Rounds)
        {
            return;
        }
        trace.Active[round]++;
        trace.ReservationA[round] += rA;
        trace.ReservationB[round] += rB;
        trace.RangeOpen[round] += rangeOpen ? 1 : 0;
        trace.AtWar[round] += atWar ? 1 : 0;
        trace.CombatantDeathsA[round] += cA;
        trace.CivilianDeathsA[round] += vA;
        trace.CombatantDeathsB[round] += cB;
        trace.CivilianDeathsB[round] += vB;
        trace.NeedMet[round] += double.IsNaN(needMet) ? 0 : needMet;
    }

    private void FillTrace(RoundTrace? trace, int endedAfter, double cA, double vA, double cB, double vB, double needMet)
    {
        if (trace is null)
        {
            return;
        }
        // A run that ended keeps its final casualties, and its last state, in later rounds.
        for (var r = endedAfter; r < trace.Rounds; r++)
        {
            trace.CombatantDeathsA[r] += cA;
            trace.CivilianDeathsA[r] += vA;
            trace.CombatantDeathsB[r] += cB;
            trace.CivilianDeathsB[r] += vB;
            trace.NeedMet[r] += double.IsNaN(needMet) ? 0 : needMet;
        }
    }
}
