using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Domain.Endings;
using Parley.Conflict.Models;
using Parley.Domain;
using Parley.Domain.Scenarios;
using Parley.Humanitarian;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess.Events;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// Bargaining while fighting, for one scenario under one hypothesis: each round the belligerents'
/// reservation values follow their updated expectation of fighting on, a mediator tables the Nash
/// text over those reservation values, an accepted text starts a ceasefire that either side breaks
/// when resuming is worth more to it than holding, and otherwise the war goes on. The model is
/// specified in docs/war-process.md. Per round it allocates nothing; the Pareto frontier and the
/// humanitarian state of each text are computed once, at construction.
/// </summary>
public sealed class ScenarioWarModel : IRunModel
{
    private const int FixedColumns = 9;
    [ThreadStatic]
    private static FightingValueTable? t_tableA;
    [ThreadStatic]
    private static FightingValueTable? t_tableB;
    private readonly WarSettings _war;
    private readonly Scenario _scenario;
    private readonly WarRegime _base;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, WarRegime> _regimes = new();
    private readonly double _gapAtWar;
    private readonly double _needMetAtWar;
    private readonly bool _aUnlimited;
    private readonly bool _bUnlimited;
    private readonly bool _anyUnlimited;
    private readonly int _size;
    private readonly int _startPosition;
    private readonly int _eventColumns;
    private readonly double[]? _dailyHazard;

    /// <summary>Builds the model for <paramref name="scenario"/> as it stands (apply a hypothesis first with <see cref="Scenario.WithHypothesis"/>).</summary>
    public ScenarioWarModel(Scenario scenario, string hypothesis)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _war = scenario.War ?? throw new ModelException($"scenario '{scenario.Title}' has no war section: add one to simulate it (see docs/war-process.md)");
        _war.Validate();
        Hypothesis = hypothesis;
        var problem = scenario.ToProblem();
        if (problem.PartyCount != 2)
        {
            throw new ModelException($"the war process handles two belligerents; scenario '{scenario.Title}' has {problem.PartyCount}");
        }
        Parties = problem.PartyNames;
        if (_war.Sides[0].Party != Parties[0] || _war.Sides[1].Party != Parties[1])
        {
            throw new ModelException($"war sides must be the belligerents {Parties[0]} and {Parties[1]}");
        }
        Space = problem.Space;
        _scenario = scenario;
        var aims = problem.WarAims.IsDefaultOrEmpty ? [null, null] : problem.WarAims;
        _aUnlimited = aims[0] is { IsUnlimited: true };
        _bUnlimited = aims[1] is { IsUnlimited: true };
        _anyUnlimited = _aUnlimited || _bUnlimited;

        var humanitarian = scenario.Humanitarian;
        if (humanitarian is not null)
        {
            var atWar = HumanitarianModel.Evaluate(humanitarian, AidTerms.None);
            _gapAtWar = atWar.Signal.Gap;
            _needMetAtWar = atWar.ShareOfNeedMet;
        }
        else
        {
            _gapAtWar = 0;
            _needMetAtWar = double.NaN;
        }

        // The control walk as a gambler's ruin: position 0 is B's victory line, _size is A's.
        var low = 1 - _war.Sides[1].VictoryControl;
        _size = Math.Max(1, (int)Math.Round((_war.Sides[0].VictoryControl - low) / _war.ControlStepPerBattle));
        _startPosition = Math.Clamp((int)Math.Round((_war.InitialControl - low) / _war.ControlStepPerBattle), 1, _size - 1);

        // The texts, effective settings and opponent types before any event (docs/war-process.md, "Events").
        _base = WarRegime.Build(scenario, _war, 0, _gapAtWar, _size, _startPosition);
        _regimes[0] = _base;
        Frontier = _base.Frontier;

        // The ceasefire baseline's integrated hazard per day in force, tabulated once (docs/war-process.md).
        _dailyHazard = _war.Ceasefire.Baseline?.DailyTable((int)Math.Ceiling(_war.HorizonDays + _war.DaysPerRound) + 1);

        var columns = new List<RunValueColumn>
        {
            new("combatantDeathsA", $"combatant deaths, {Parties[0]}", false),
            new("civilianDeathsA", $"civilian deaths on {Parties[0]}'s side", false),
            new("combatantDeathsB", $"combatant deaths, {Parties[1]}", false),
            new("civilianDeathsB", $"civilian deaths on {Parties[1]}'s side", false),
            new("needMet", "mean share of food need met over the run", false),
            new("finalControlA", $"share of the contested territory {Parties[0]} holds at the end", false),
            new("agreementUtilityA", $"{Parties[0]}'s utility for the agreed text", true),
            new("agreementUtilityB", $"{Parties[1]}'s utility for the agreed text", true),
            new("agreements", "number of agreements reached", false),
        };
        for (var i = 0; i < Space.IssueCount; i++)
        {
            columns.Add(new RunValueColumn($"term{i + 1}", $"agreed value of '{Space.Issues[i].Name}'", true));
        }
        _eventColumns = columns.Count;
        for (var i = 0; i < _war.Events.Length; i++)
        {
            columns.Add(new RunValueColumn($"event{i + 1}Day", $"day event '{_war.Events[i].Name}' fired (NaN: it did not)", false));
        }
        Columns = columns;
        Name = $"{scenario.Title} [{hypothesis}]";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The hypothesis simulated.</summary>
    public string Hypothesis { get; }

    /// <summary>The two belligerents, side A first.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The Pareto frontier the mediator chooses texts from.</summary>
    public ImmutableArray<OutcomePoint> Frontier { get; }

    /// <summary>The war settings.</summary>
    public WarSettings War => _war;

    /// <inheritdoc />
    public IReadOnlyList<RunValueColumn> Columns { get; }

    /// <inheritdoc />
    public RunRecord Run(ref CounterRandom random, Span<double> values) => Simulate(ref random, values, null, null);

    /// <summary>
    /// Replays run <paramref name="run"/> of a Monte Carlo with <paramref name="seed"/> (its own random
    /// stream, so the same run) and tells <paramref name="observer"/> every step; returns the run's record.
    /// </summary>
    public RunRecord Explain(ulong seed, int run, IRunObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        var random = new CounterRandom(seed, (ulong)run);
        var values = new double[Columns.Count];
        return Simulate(ref random, values, null, observer);
    }

    /// <summary>
    /// Per-round means over runs 0..<paramref name="runs"/>-1 (the same random streams as a Monte
    /// Carlo with <paramref name="seed"/>), for charts.
    /// </summary>
    public RoundTrace Trace(ulong seed, int runs)
    {
        var trace = new RoundTrace(_war.HorizonRounds, _war.DaysPerRound);
        var values = new double[Columns.Count];
        for (var i = 0; i < runs; i++)
        {
            var random = new CounterRandom(seed, (ulong)i);
            Simulate(ref random, values, trace, null);
            trace.Runs++;
        }
        trace.Normalise();
        return trace;
    }

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
        Span<double> beliefA = stackalloc double[OpponentTypes.Count];
        Span<double> beliefB = stackalloc double[OpponentTypes.Count];
        Span<double> typeValues = stackalloc double[OpponentTypes.Count];
        regime.TypesOfB.Prior.CopyTo(beliefA);
        regime.TypesOfA.Prior.CopyTo(beliefB);

        var theta = _war.BattleWinProbability;
        var position = _startPosition;
        var fought = 0;
        var battlesFought = 0;
        double costA = 0, costB = 0, combatantA = 0, civilianA = 0, combatantB = 0, civilianB = 0, needMetSum = 0;
        var needMetRounds = 0;
        var agreements = 0;
        var text = -1;
        var textRegime = regime;
        var firstText = -1;
        var firstRegime = regime;
        var inCeasefire = false;
        double ceasefireStart = 0, firstAgreementDay = double.NaN, firstCeasefireDays = double.NaN;
        var collapsed = false;
        var brokenBy = Side.None;
        Ending? final = null;
        var prevailing = Side.None;
        var round = 0;

        for (; round < horizonRounds; round++)
        {
            var day = round * days;
            var due = _war.Events.IsEmpty ? 0UL : DueEvents(fired, day, position, costA, costB);
            if (due != 0)
            {
                // A new regime from this round on: its texts and settings, and the values of fighting on rebuilt once.
                fired |= due;
                for (var i = 0; i < _war.Events.Length; i++)
                {
                    if ((due & (1UL << i)) != 0)
                    {
                        values[_eventColumns + i] = day;
                        observer?.EventFired(round, day, i);
                    }
                }
                regime = _regimes.GetOrAdd(fired, static (f, model) => WarRegime.Build(model._scenario, model._war, f, model._gapAtWar, model._size, model._startPosition), this);
                warCostA = regime.CostRate(0, costRateA) + (a.HumanitarianCostWeight * _gapAtWar);
                warCostB = regime.CostRate(1, costRateB) + (b.HumanitarianCostWeight * _gapAtWar);
                roundCostA = warCostA * days;
                roundCostB = warCostB * days;
                ComputeTable(tableA, regime.Sides[0], _startPosition, fought, roundCostA, costA);
                ComputeTable(tableB, regime.Sides[1], _size - _startPosition, fought, roundCostB, costB);
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
                var agreed = _anyUnlimited ? -1 : TalksRound(regime, (round + firstMover) & 1, rA, rB, fought, position, beliefA, beliefB, typeValues, observer, round, day);
                if (agreed >= 0)
                {
                    text = agreed;
                    textRegime = regime;
                    inCeasefire = true;
                    ceasefireStart = day;
                    agreements++;
                    if (firstText < 0)
                    {
                        firstText = agreed;
                        firstRegime = regime;
                        firstAgreementDay = day;
                    }
                }
            }

            if (inCeasefire)
            {
                var breaker = CeasefireRound(ref random, textRegime, text, rA, rB, day - ceasefireStart, days, out var brokeAfter);
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
                    text = -1;
                }
                else
                {
                    Record(trace, round, rA, rB, true, false, combatantA, civilianA, combatantB, civilianB, textRegime.NeedMetAtText[text]);
                    Accumulate(ref needMetSum, ref needMetRounds, textRegime.NeedMetAtText[text]);
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
                final = _aUnlimited ? Ending.ExterminationOrExpulsion : Ending.MilitaryVictory;
                prevailing = Side.A;
            }
            else if (position <= 0)
            {
                final = _bUnlimited ? Ending.ExterminationOrExpulsion : Ending.MilitaryVictory;
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
                final = textRegime.Permanent[text] ? Ending.NegotiatedSettlement : Ending.CeasefireHeld;
            }
            else
            {
                final = Ending.StalemateAtHorizon;
            }
        }
        FillTrace(trace, round, combatantA, civilianA, combatantB, civilianB, inCeasefire ? textRegime.NeedMetAtText[text] : _needMetAtWar);

        values[0] = combatantA;
        values[1] = civilianA;
        values[2] = combatantB;
        values[3] = civilianB;
        values[4] = needMetRounds == 0 ? double.NaN : needMetSum / needMetRounds;
        values[5] = ControlA(position);
        var termsText = text >= 0 ? text : firstText;
        var termsRegime = text >= 0 ? textRegime : firstRegime;
        values[6] = termsText >= 0 ? termsRegime.U0[termsText] : double.NaN;
        values[7] = termsText >= 0 ? termsRegime.U1[termsText] : double.NaN;
        values[8] = agreements;
        for (var i = 0; i < Space.IssueCount; i++)
        {
            values[FixedColumns + i] = termsText >= 0 ? termsRegime.Terms[termsText][i] : double.NaN;
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

    private void ComputeTable(FightingValueTable table, SideSettings side, int start, int fought, double roundCost, double spent) =>
        table.Compute(side.PriorWins, side.PriorLosses, start, _size, _war.BattlesPerRound,
            fought + FightingValueTable.ToleranceRounds(side.CostTolerance - spent, roundCost), side.DiscountPerRound);

    /// <summary>The events not yet fired that fire at the start of this round: a day reached, or a condition met by the state after the last round (allocation-free).</summary>
    private ulong DueEvents(ulong fired, double day, int position, double costA, double costB)
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

    /// <summary>
    /// One round of talks: the proposer tables the text its belief about the other's type makes best
    /// for it; the other accepts when the text is worth at least its value of fighting on, and
    /// otherwise the proposer rules out the types that would have accepted. Returns the agreed text or −1.
    /// </summary>
    private int TalksRound(WarRegime regime, int proposer, double rA, double rB, int fought, int position, Span<double> beliefA, Span<double> beliefB, Span<double> typeValues, IRunObserver? observer, int round, double day)
    {
        var u0 = regime.U0;
        var u1 = regime.U1;
        if (proposer == 0)
        {
            regime.TypesOfB.Values(fought, _size - position, typeValues);
            WarRegime.Floor(typeValues, regime.FloorB);
            var offer = OpponentTypes.Propose(beliefA, typeValues, rA, u0, u1);
            if (offer < 0)
            {
                return -1;
            }
            observer?.Offer(round, day, 0, regime.Terms[offer], u0[offer], u1[offer], u1[offer] >= rB);
            if (u1[offer] >= rB)
            {
                return offer;
            }
            OpponentTypes.Reject(beliefA, typeValues, u1[offer]);
            return -1;
        }
        regime.TypesOfA.Values(fought, position, typeValues);
        WarRegime.Floor(typeValues, regime.FloorA);
        var counter = OpponentTypes.Propose(beliefB, typeValues, rB, u1, u0);
        if (counter < 0)
        {
            return -1;
        }
        observer?.Offer(round, day, 1, regime.Terms[counter], u0[counter], u1[counter], u0[counter] >= rA);
        if (u0[counter] >= rA)
        {
            return counter;
        }
        OpponentTypes.Reject(beliefB, typeValues, u0[counter]);
        return -1;
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

    /// <summary>Simulates one round of ceasefire day by day; returns who broke it (and after how many days of the round), or None.</summary>
    private Side CeasefireRound(ref CounterRandom random, WarRegime textRegime, int text, double rA, double rB, double ceasefireDay, double days, out double brokeAfter)
    {
        var cf = _war.Ceasefire;
        var a = _war.Sides[0];
        var b = _war.Sides[1];
        // With a baseline curve, guarantees act through its clause effects, not as a cut in temptation.
        var reduction = _dailyHazard is null ? cf.GuaranteeReduction : 0;
        double lastA = double.NaN, lastB = double.NaN, mA = 1, mB = 1;
        for (var d = 0; d < (int)Math.Ceiling(days); d++)
        {
            var t = ceasefireDay + d;
            var exchanged = t >= cf.ExchangesCompleteDay;
            var temptA = rA - textRegime.U0[text] + a.ResumeTemptation + (a.DomesticPressurePerDay * t) + (exchanged ? a.TemptationAfterExchanges : 0) - reduction;
            var temptB = rB - textRegime.U1[text] + b.ResumeTemptation + (b.DomesticPressurePerDay * t) + (exchanged ? b.TemptationAfterExchanges : 0) - reduction;
            double hA, hB;
            if (_dailyHazard is { } table)
            {
                // The side multipliers change only with the temptations: recompute them when they move.
                if (temptA != lastA || temptB != lastB)
                {
                    lastA = temptA;
                    lastB = temptB;
                    mA = Math.Exp(cf.TemptationBeta * temptA);
                    mB = Math.Exp(cf.TemptationBeta * temptB);
                }
                var p = CeasefireDayRisk.Breakdown(table[Math.Min((int)t, table.Length - 1)], mA, mB, out hA);
                hB = p - hA;
            }
            else
            {
                hA = Math.Min(1, (cf.BaseHazardPerDay / 2) + (cf.TemptationHazardPerDay * Math.Max(0, temptA)));
                hB = Math.Min(1, (cf.BaseHazardPerDay / 2) + (cf.TemptationHazardPerDay * Math.Max(0, temptB)));
            }
            var u = random.NextDouble();
            if (u < hA)
            {
                brokeAfter = d + 1;
                return Side.A;
            }
            if (u < hA + hB)
            {
                brokeAfter = d + 1;
                return Side.B;
            }
        }
        brokeAfter = 0;
        return Side.None;
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
