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
    private readonly double[] _u0;
    private readonly double[] _u1;
    private readonly double[][] _terms;
    private readonly bool[] _permanent;
    private readonly double[] _gapAtText;
    private readonly double[] _needMetAtText;
    private readonly double _gapAtWar;
    private readonly double _needMetAtWar;
    private readonly bool _aUnlimited;
    private readonly bool _bUnlimited;
    private readonly bool _anyUnlimited;
    private readonly int _size;
    private readonly int _startPosition;
    private readonly OpponentTypes _typesOfB;
    private readonly OpponentTypes _typesOfA;
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
        Frontier = BargainingAnalysis.ParetoFrontier(problem);
        _u0 = Frontier.Select(p => p.Utilities[0]).ToArray();
        _u1 = Frontier.Select(p => p.Utilities[1]).ToArray();
        _terms = Frontier.Select(p => Enumerable.Range(0, Space.IssueCount).Select(i => Space.Issues[i].NumericValue(p.Outcome[i])).ToArray()).ToArray();
        _permanent = Frontier.Select(p => scenario.Permanence is { } perm && perm.PermanentValues.Contains(p.Outcome[perm.Issue])).ToArray();
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
            var states = Frontier.Select(p => HumanitarianModel.Evaluate(humanitarian, scenario.Aid.TermsOf(Space, p.Outcome))).ToArray();
            _gapAtText = states.Select(s => s.Signal.Gap).ToArray();
            _needMetAtText = states.Select(s => s.ShareOfNeedMet).ToArray();
        }
        else
        {
            _gapAtWar = 0;
            _needMetAtWar = double.NaN;
            _gapAtText = new double[Frontier.Length];
            _needMetAtText = Enumerable.Repeat(double.NaN, Frontier.Length).ToArray();
        }

        // The control walk as a gambler's ruin: position 0 is B's victory line, _size is A's.
        var low = 1 - _war.Sides[1].VictoryControl;
        _size = Math.Max(1, (int)Math.Round((_war.Sides[0].VictoryControl - low) / _war.ControlStepPerBattle));
        _startPosition = Math.Clamp((int)Math.Round((_war.InitialControl - low) / _war.ControlStepPerBattle), 1, _size - 1);

        // What each side believes of the other's private prior (its value of fighting on per type).
        var sa = _war.Sides[0];
        var sb = _war.Sides[1];
        double MeanRoundCost(SideSettings side) => (side.UtilityCostPerDay.Mean + (side.HumanitarianCostWeight * _gapAtWar)) * _war.DaysPerRound;
        _typesOfB = new OpponentTypes(sa.PriorWins / (sa.PriorWins + sa.PriorLosses), _war.OpponentTypeSpread, sb.PriorWins + sb.PriorLosses,
            _size - _startPosition, _size, _war.BattlesPerRound, sb.CostTolerance, MeanRoundCost(sb), sb.DiscountPerRound);
        _typesOfA = new OpponentTypes(sb.PriorWins / (sb.PriorWins + sb.PriorLosses), _war.OpponentTypeSpread, sa.PriorWins + sa.PriorLosses,
            _startPosition, _size, _war.BattlesPerRound, sa.CostTolerance, MeanRoundCost(sa), sa.DiscountPerRound);

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
    public RunRecord Run(ref CounterRandom random, Span<double> values) => Simulate(ref random, values, null);

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
            Simulate(ref random, values, trace);
            trace.Runs++;
        }
        trace.Normalise();
        return trace;
    }

    private RunRecord Simulate(ref CounterRandom random, Span<double> values, RoundTrace? trace)
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
        var warCostA = costRateA + (a.HumanitarianCostWeight * _gapAtWar);
        var warCostB = costRateB + (b.HumanitarianCostWeight * _gapAtWar);

        // Each side's value of fighting on, for every state it can reach (docs/war-process.md).
        var tableA = t_tableA ??= new FightingValueTable();
        var tableB = t_tableB ??= new FightingValueTable();
        var roundCostA = warCostA * days;
        var roundCostB = warCostB * days;
        tableA.Compute(a.PriorWins, a.PriorLosses, _startPosition, _size, _war.BattlesPerRound, FightingValueTable.ToleranceRounds(a.CostTolerance, roundCostA), a.DiscountPerRound);
        tableB.Compute(b.PriorWins, b.PriorLosses, _size - _startPosition, _size, _war.BattlesPerRound, FightingValueTable.ToleranceRounds(b.CostTolerance, roundCostB), b.DiscountPerRound);

        // Talks: who proposes first, and each side's belief over the other's type (docs/war-process.md).
        var firstMover = _war.FirstMover ?? (random.NextDouble() < 0.5 ? 0 : 1);
        Span<double> beliefA = stackalloc double[OpponentTypes.Count];
        Span<double> beliefB = stackalloc double[OpponentTypes.Count];
        Span<double> typeValues = stackalloc double[OpponentTypes.Count];
        _typesOfB.Prior.CopyTo(beliefA);
        _typesOfA.Prior.CopyTo(beliefB);

        var theta = _war.BattleWinProbability;
        var position = _startPosition;
        var fought = 0;
        double costA = 0, costB = 0, combatantA = 0, civilianA = 0, combatantB = 0, civilianB = 0, needMetSum = 0;
        var needMetRounds = 0;
        var agreements = 0;
        var text = -1;
        var firstText = -1;
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
            var rA = tableA.Value(fought, position, roundCostA);
            var rB = tableB.Value(fought, _size - position, roundCostB);
            var rangeOpen = false;

            if (!inCeasefire)
            {
                // Whether a text exists that both would accept (for the trace), and the talks themselves.
                rangeOpen = !_anyUnlimited && NashText(rA, rB) >= 0;
                var agreed = _anyUnlimited ? -1 : TalksRound((round + firstMover) & 1, rA, rB, fought, position, beliefA, beliefB, typeValues);
                if (agreed >= 0)
                {
                    text = agreed;
                    inCeasefire = true;
                    ceasefireStart = day;
                    agreements++;
                    if (firstText < 0)
                    {
                        firstText = agreed;
                        firstAgreementDay = day;
                    }
                }
            }

            if (inCeasefire)
            {
                var breaker = CeasefireRound(ref random, text, rA, rB, day - ceasefireStart, days, out var brokeAfter);
                if (breaker != Side.None)
                {
                    var held = day - ceasefireStart + brokeAfter;
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
                    Record(trace, round, rA, rB, true, false, combatantA, civilianA, combatantB, civilianB, _needMetAtText[text]);
                    Accumulate(ref needMetSum, ref needMetRounds, _needMetAtText[text]);
                    continue;
                }
            }

            // Fighting.
            for (var battle = 0; battle < _war.BattlesPerRound; battle++)
            {
                position += random.NextDouble() < theta ? 1 : -1;
                if (position <= 0 || position >= _size)
                {
                    break;
                }
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
            else if (costA >= a.CostTolerance)
            {
                final = ControlA(position) > 0.5 ? Ending.Withdrawal : Ending.Capitulation;
                prevailing = Side.B;
            }
            else if (costB >= b.CostTolerance)
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
                final = _permanent[text] ? Ending.NegotiatedSettlement : Ending.CeasefireHeld;
            }
            else
            {
                final = Ending.StalemateAtHorizon;
            }
        }
        FillTrace(trace, round, combatantA, civilianA, combatantB, civilianB, inCeasefire ? _needMetAtText[text] : _needMetAtWar);

        values[0] = combatantA;
        values[1] = civilianA;
        values[2] = combatantB;
        values[3] = civilianB;
        values[4] = needMetRounds == 0 ? double.NaN : needMetSum / needMetRounds;
        values[5] = ControlA(position);
        var termsText = text >= 0 ? text : firstText;
        values[6] = termsText >= 0 ? _u0[termsText] : double.NaN;
        values[7] = termsText >= 0 ? _u1[termsText] : double.NaN;
        values[8] = agreements;
        for (var i = 0; i < Space.IssueCount; i++)
        {
            values[FixedColumns + i] = termsText >= 0 ? _terms[termsText][i] : double.NaN;
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
    private int TalksRound(int proposer, double rA, double rB, int fought, int position, Span<double> beliefA, Span<double> beliefB, Span<double> typeValues)
    {
        if (proposer == 0)
        {
            _typesOfB.Values(fought, _size - position, typeValues);
            var offer = OpponentTypes.Propose(beliefA, typeValues, rA, _u0, _u1);
            if (offer < 0)
            {
                return -1;
            }
            if (_u1[offer] >= rB)
            {
                return offer;
            }
            OpponentTypes.Reject(beliefA, typeValues, _u1[offer]);
            return -1;
        }
        _typesOfA.Values(fought, position, typeValues);
        var counter = OpponentTypes.Propose(beliefB, typeValues, rB, _u1, _u0);
        if (counter < 0)
        {
            return -1;
        }
        if (_u0[counter] >= rA)
        {
            return counter;
        }
        OpponentTypes.Reject(beliefB, typeValues, _u0[counter]);
        return -1;
    }

    /// <summary>The frontier text maximising the Nash product over (rA, rB), or -1 when no text clears both.</summary>
    private int NashText(double rA, double rB)
    {
        var best = -1;
        var bestProduct = double.NegativeInfinity;
        // The frontier is sorted by decreasing u0 (and so increasing u1): texts clearing rA form a prefix.
        for (var i = 0; i < _u0.Length && _u0[i] >= rA; i++)
        {
            if (_u1[i] < rB)
            {
                continue;
            }
            var product = (_u0[i] - rA) * (_u1[i] - rB);
            if (product > bestProduct)
            {
                bestProduct = product;
                best = i;
            }
        }
        return best;
    }

    /// <summary>Simulates one round of ceasefire day by day; returns who broke it (and after how many days of the round), or None.</summary>
    private Side CeasefireRound(ref CounterRandom random, int text, double rA, double rB, double ceasefireDay, double days, out double brokeAfter)
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
            var temptA = rA - _u0[text] + a.ResumeTemptation + (a.DomesticPressurePerDay * t) + (exchanged ? a.TemptationAfterExchanges : 0) - reduction;
            var temptB = rB - _u1[text] + b.ResumeTemptation + (b.DomesticPressurePerDay * t) + (exchanged ? b.TemptationAfterExchanges : 0) - reduction;
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
