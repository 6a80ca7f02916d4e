using Parley.Conflict.WarProcess.Events;
using Parley.Conflict.WarProcess.Talks;
using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Randomness;
using Parley.Simulation;

namespace Parley.Conflict.WarProcess;

// ScenarioWarModel, part: one run, round by round: events, values of fighting on, talks, ceasefire, battles, the ending.
public sealed partial class ScenarioWarModel
{
    private RunRecord Simulate(ref CounterRandom random, Span<double> values, RoundTrace? trace, IRunObserver? observer)
    {
        var a = _war.Sides[0];
        var b = _war.Sides[1];
        var days = _war.DaysPerRound;
        var horizonRounds = _war.HorizonRounds;

        // Per-run draws of uncertain rates.
        var costRateA = GammaSampler.Draw(ref random, a.UtilityCostPerDay);
        var costRateB = GammaSampler.Draw(ref random, b.UtilityCostPerDay);
        var combatantRateA = GammaSampler.Draw(ref random, a.CombatantDeathsPerDay);
        var civilianRateA = GammaSampler.Draw(ref random, a.CivilianDeathsPerDay);
        var combatantRateB = GammaSampler.Draw(ref random, b.CombatantDeathsPerDay);
        var civilianRateB = GammaSampler.Draw(ref random, b.CivilianDeathsPerDay);
        var regime = _base;
        var fired = 0UL;
        var warCostA = regime.CostRate(0, costRateA) + (a.HumanitarianCostWeight * _gapAtWar);
        var warCostB = regime.CostRate(1, costRateB) + (b.HumanitarianCostWeight * _gapAtWar);
        for (var i = _eventColumns; i < values.Length; i++)
        {
            values[i] = double.NaN;
        }

        // Each side's value of fighting on, for every state it can reach (docs/war-process.md).
        var tableA = t_tableA ??= new FightingValueTable();
        var tableB = t_tableB ??= new FightingValueTable();
        var roundCostA = warCostA * days;
        var roundCostB = warCostB * days;
        ComputeTable(tableA, regime.Sides[0], _startPosition, 0, roundCostA, 0);
        ComputeTable(tableB, regime.Sides[1], _size - _startPosition, 0, roundCostB, 0);

        // Talks: who proposes first, and each side's belief over the other's type (docs/war-process.md).
        var firstMover = _war.FirstMover ?? (random.NextDouble() < 0.5 ? 0 : 1);
        var talks = t_talks ??= new TalksState();
        talks.Reset(regime);

        var theta = _war.BattleWinProbability;
        var position = _startPosition;
        var fought = 0;
        var battlesFought = 0;
        double costA = 0, costB = 0, combatantA = 0, civilianA = 0, combatantB = 0, civilianB = 0, needMetSum = 0;
        var needMetRounds = 0;
        var agreements = 0;
        AgreedText? text = null;
        AgreedText? firstText = null;
        AgreedText? broken = null;
        var inCeasefire = false;
        double ceasefireStart = 0, firstAgreementDay = double.NaN, firstCeasefireDays = double.NaN;
        var collapsed = false;
        var brokenBy = Side.None;
        Ending? final = null;
        var prevailing = Side.None;
        var round = 0;
        if (_war.StartText is { } start)
        {
            // A simulation from a text's date: the text is a ceasefire in force from day 0 (docs/war-process.md, "A text in force from day 0").
            text = _startText!;
            firstText = text;
            inCeasefire = true;
            agreements = 1;
            firstAgreementDay = 0;
            observer?.TextInForce(0, 0, start.Name, text.Terms, text.UtilityA, text.UtilityB);
        }

        for (; round < horizonRounds; round++)
        {
            var day = round * days;
            var due = _war.Events.IsEmpty ? 0UL : DueEvents(fired, day, position, costA, costB, broken);
            if (due != 0)
            {
                // A new regime from this round on: its texts and settings, and the values of fighting on rebuilt once.
                fired |= due;
                if ((due & _reopenMask) != 0)
                {
                    // Talks closed after a walkout or a collapse reopen at once.
                    talks.ClosedUntil = Math.Min(talks.ClosedUntil, day);
                }
                for (var i = 0; i < _war.Events.Length; i++)
                {
                    if ((due & (1UL << i)) != 0)
                    {
                        values[_eventColumns + i] = day;
                        observer?.EventFired(round, day, i);
                    }
                }
                if ((due & _walkoutMask) != 0)
                {
                    Walkouts(due, talks, round, day, observer);
                }
                var previous = regime;
                regime = Regime(fired, position);
                warCostA = regime.CostRate(0, costRateA) + (a.HumanitarianCostWeight * _gapAtWar);
                warCostB = regime.CostRate(1, costRateB) + (b.HumanitarianCostWeight * _gapAtWar);
                // A side's table is rebuilt only when the events changed its settings or its cost (a walkout or a
                // reopening changes neither, and a table does not depend on anything else).
                if (regime.Sides[0] != previous.Sides[0] || warCostA * days != roundCostA)
                {
                    roundCostA = warCostA * days;
                    ComputeTable(tableA, regime.Sides[0], _startPosition, fought, roundCostA, costA);
                }
                if (regime.Sides[1] != previous.Sides[1] || warCostB * days != roundCostB)
                {
                    roundCostB = warCostB * days;
                    ComputeTable(tableB, regime.Sides[1], _size - _startPosition, fought, roundCostB, costB);
                }
            }
            else if (_bandOf[position] != regime.Band)
            {
                // The ground held moved a band: the terms tied to it take the values of the new band.
                regime = Regime(fired, position);
            }
            var rA = Math.Max(regime.FloorA, tableA.Value(fought, position, roundCostA));
            var rB = Math.Max(regime.FloorB, tableB.Value(fought, _size - position, roundCostB));
            var rangeOpen = false;
            if (observer is not null)
            {
                ObserveRound(observer, regime, round, day, rA, rB, battlesFought, position);
            }

            if (!inCeasefire)
            {
                // Whether a text exists that both would accept (for the trace), and the talks themselves.
                rangeOpen = !_anyUnlimited && NashText(regime, rA, rB) >= 0;
                var agreed = _anyUnlimited ? null : TalksRound(ref random, talks, regime, firstMover, rA, rB, fought, position, observer, round, day, null);
                if (agreed is not null)
                {
                    text = agreed;
                    inCeasefire = true;
                    ceasefireStart = day;
                    agreements++;
                    talks.NextPhaseSettled = false;
                    if (firstText is null)
                    {
                        firstText = agreed;
                        firstAgreementDay = day;
                    }
                }
            }

            if (inCeasefire && _scenario.Permanence is not null && !text!.Permanent && !talks.NextPhaseSettled
                && day - ceasefireStart >= _war.Ceasefire.TalksFromDay)
            {
                // Talks on the next phase: the ceasefire as it stands is each side's outside option.
                var next = TalksRound(ref random, talks, regime, firstMover, Math.Max(rA, text.UtilityA), Math.Max(rB, text.UtilityB), fought, position, observer, round, day, text);
                if (next is not null)
                {
                    if (next.Code == text.Code)
                    {
                        // They re-agreed the text in force: the next phase changes nothing, and these talks end.
                        talks.NextPhaseSettled = true;
                    }
                    else
                    {
                        text = next;
                        agreements++;
                        talks.NextPhaseSettled = next.Permanent;
                    }
                }
            }

            if (inCeasefire)
            {
                var breaker = CeasefireRound(ref random, text!, rA, rB, day - ceasefireStart, days, out var brokeAfter);
                if (breaker != Side.None)
                {
                    var held = day - ceasefireStart + brokeAfter;
                    observer?.CeasefireBroken(round, day + brokeAfter, breaker, held);
                    if (!collapsed)
                    {
                        collapsed = true;
                        brokenBy = breaker;
                        firstCeasefireDays = held;
                    }
                    inCeasefire = false;
                    broken = text;
                    text = null;
                    // Talks on the next phase end with the ceasefire; talks reopen after the stated delay, as after a walkout.
                    talks.ClosedUntil = day + brokeAfter + _talks.ReopenAfterDays;
                    if (talks.Episode is not null)
                    {
                        talks.Episode = null;
                        observer?.TalksEnded(round, day + brokeAfter, TalksEnd.CeasefireBroke, -1, [], double.NaN, double.NaN, talks.ClosedUntil, null);
                    }
                }
                else
                {
                    Record(trace, round, rA, rB, true, false, combatantA, civilianA, combatantB, civilianB, text!.NeedMet);
                    Accumulate(ref needMetSum, ref needMetRounds, text.NeedMet);
                    continue;
                }
            }

            // Fighting.
            var odds = regime.BattleOdds(_war.PowerSchedule.IsEmpty ? theta : PowerSchedule.At(_war.PowerSchedule, day));
            var before = position;
            var battles = 0;
            for (var battle = 0; battle < _war.BattlesPerRound; battle++)
            {
                position += random.NextDouble() < odds ? 1 : -1;
                battles++;
                if (position <= 0 || position >= _size)
                {
                    break;
                }
            }
            battlesFought += battles;
            if (observer is not null)
            {
                var net = position - before;
                observer.Battles(round, day, (battles + net) / 2, (battles - net) / 2, ControlA(position));
            }
            fought++;
            theta = Math.Clamp(theta + _war.PowerShiftPerRound, 0.0, 1.0);
            costA += warCostA * days;
            costB += warCostB * days;
            combatantA += combatantRateA * days;
            civilianA += civilianRateA * days;
            combatantB += combatantRateB * days;
            civilianB += civilianRateB * days;
            Accumulate(ref needMetSum, ref needMetRounds, _needMetAtWar);
            Record(trace, round, rA, rB, rangeOpen, true, combatantA, civilianA, combatantB, civilianB, _needMetAtWar);

            if (position >= _size)
            {
                // What the model produced: side A reached its victory threshold. An unlimited aim is the
                // hypothesis's reading of it, a note, never a relabelled ending.
                final = Ending.MilitaryVictory;
                prevailing = Side.A;
            }
            else if (position <= 0)
            {
                final = Ending.MilitaryVictory;
                prevailing = Side.B;
            }
            else if (costA >= regime.Sides[0].CostTolerance)
            {
                final = ControlA(position) > 0.5 ? Ending.Withdrawal : Ending.Capitulation;
                prevailing = Side.B;
            }
            else if (costB >= regime.Sides[1].CostTolerance)
            {
                final = ControlA(position) < 0.5 ? Ending.Withdrawal : Ending.Capitulation;
                prevailing = Side.A;
            }
            if (final is not null)
            {
                round++;
                break;
            }
        }

        var endDay = Math.Min(round * days, _war.HorizonDays);
        if (final is null)
        {
            if (inCeasefire)
            {
                final = text!.Permanent ? Ending.NegotiatedSettlement : Ending.CeasefireHeld;
            }
            else
            {
                final = Ending.StalemateAtHorizon;
            }
        }
        FillTrace(trace, round, combatantA, civilianA, combatantB, civilianB, inCeasefire ? text!.NeedMet : _needMetAtWar);

        values[0] = combatantA;
        values[1] = civilianA;
        values[2] = combatantB;
        values[3] = civilianB;
        values[4] = needMetRounds == 0 ? double.NaN : needMetSum / needMetRounds;
        values[5] = ControlA(position);
        var termsText = text ?? firstText;
        values[6] = termsText?.UtilityA ?? double.NaN;
        values[7] = termsText?.UtilityB ?? double.NaN;
        values[8] = agreements;
        for (var i = 0; i < Space.IssueCount; i++)
        {
            values[FixedColumns + i] = termsText?.Terms[i] ?? double.NaN;
        }

        var casualtiesA = combatantA + civilianA;
        var casualtiesB = combatantB + civilianB;
        if (collapsed)
        {
            var after = final.Value;
            var decidedSide = EndingNames.IsDecisive(after) ? prevailing : Side.None;
            return new RunRecord(Ending.CeasefireCollapsed, decidedSide, round, endDay, casualtiesA, casualtiesB, firstAgreementDay, firstCeasefireDays, brokenBy, after);
        }
        return final.Value switch
        {
            Ending.NegotiatedSettlement or Ending.CeasefireHeld => new RunRecord(final.Value, Side.None, round, endDay, casualtiesA, casualtiesB, firstAgreementDay, endDay - ceasefireStart),
            Ending.StalemateAtHorizon => RunRecord.Stalemate(round, endDay, casualtiesA, casualtiesB),
            _ => RunRecord.Decisive(final.Value, prevailing, round, endDay, casualtiesA, casualtiesB),
        };
    }

    /// <summary>A walkout the scenario states (an event): the side leaves the talks now with its reason; they stay closed for the stated days.</summary>
    private void Walkouts(ulong due, TalksState talks, int round, double day, IRunObserver? observer)
    {
        for (var i = 0; i < _war.Events.Length; i++)
        {
            if ((due & (1UL << i)) == 0)
            {
                continue;
            }
            foreach (var e in _war.Events[i].Effects)
            {
                if (e.Target != EffectTarget.Walkout)
                {
                    continue;
                }
                // The walkout ends the episode in progress (talks on the next phase too); a reopening in the same round still wins.
                talks.Episode = null;
                talks.ClosedUntil = Math.Max(talks.ClosedUntil, day + (e.ClosedDays ?? _talks.ReopenAfterDays));
                if ((due & _reopenMask) != 0)
                {
                    talks.ClosedUntil = day;
                }
                observer?.TalksEnded(round, day, TalksEnd.Walkout, e.Side, [], double.NaN, double.NaN, talks.ClosedUntil, null);
            }
        }
    }

    private void ComputeTable(FightingValueTable table, SideSettings side, int start, int fought, double roundCost, double spent) =>
        table.Compute(side.PriorWins, side.PriorLosses, start, _size, _war.BattlesPerRound,
            fought + FightingValueTable.ToleranceRounds(side.CostTolerance - spent, roundCost), side.DiscountPerRound);

    /// <summary>The events not yet fired that fire at the start of this round: a day reached, or a condition met by the state after the last round (allocation-free).</summary>
    private ulong DueEvents(ulong fired, double day, int position, double costA, double costB, AgreedText? broken)
    {
        var due = 0UL;
        for (var i = 0; i < _war.Events.Length; i++)
        {
            if ((fired & (1UL << i)) != 0)
            {
                continue;
            }
            var t = _war.Events[i].Trigger;
            var met = t.Kind switch
            {
                TriggerKind.Day => day >= t.Threshold,
                TriggerKind.ControlBelow => (t.Side == 0 ? ControlA(position) : 1 - ControlA(position)) < t.Threshold,
                TriggerKind.CostAbove => (t.Side == 0 ? costA : costB) >= t.Threshold,
                TriggerKind.AgreementBroken => broken is not null && (t.Issue < 0 || broken.Digits[t.Issue] == t.Value),
                _ => false,
            };
            if (met)
            {
                due |= 1UL << i;
            }
        }
        return due;
    }

    private static void Accumulate(ref double sum, ref int count, double value)
    {
        if (!double.IsNaN(value))
        {
            sum += value;
            count++;
        }
    }

    private double ControlA(int position) => (1 - _war.Sides[1].VictoryControl) + (position * _war.ControlStepPerBattle);
}
