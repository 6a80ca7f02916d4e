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
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;

namespace Parley.Conflict.WarProcess;

/// <summary>
/// Bargaining while fighting, for one scenario under one hypothesis: each round the belligerents'
/// reservation values follow their updated expectation of fighting on, a mediator tables the Nash
/// text over those reservation values, an accepted text starts a ceasefire that either side breaks
/// when resuming is worth more to it than holding, and otherwise the war goes on. The model is
/// specified in docs/war-process.md. Per round it allocates nothing; the Pareto frontier and the
/// humanitarian state of each text are computed once, at construction.
/// </summary>
public sealed partial class ScenarioWarModel : IRunModel
{
    private const int FixedColumns = 9;
    [ThreadStatic]
    private static FightingValueTable? t_tableA;
    [ThreadStatic]
    private static FightingValueTable? t_tableB;
    private readonly WarSettings _war;
    private readonly Scenario _scenario;
    private readonly WarRegime _base;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(ulong Fired, int Band), WarRegime> _regimes = new();
    private readonly int[] _bandOf;
    private readonly Talks.AgreementRisk _risk;
    private readonly Talks.AgreedText? _startText;
    private readonly double _gapAtWar;
    private readonly double _needMetAtWar;
    private readonly bool _aUnlimited;
    private readonly bool _bUnlimited;
    private readonly bool _anyUnlimited;
    private readonly int _size;
    private readonly int _startPosition;
    private readonly int _eventColumns;
    private readonly double[]? _dailyHazard;
    private readonly TalksSettings _talks;
    private readonly IProtocol _protocol;
    private readonly int _patienceRounds;
    private readonly string[] _strategyNames;
    private readonly Domain.Preferences.PreferenceProfile[][] _allies;
    private readonly string[][] _allyNames;
    private readonly ulong _reopenMask;
    private readonly ulong _walkoutMask;

    /// <summary>The name of the war's default strategy (<see cref="Talks.ScreeningStrategy"/>).</summary>
    public const string ScreeningName = "screening";

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
        _risk = new Talks.AgreementRisk(_war);
        _base = WarRegime.Build(scenario, _war, _risk, 0, 0, _gapAtWar, _size, _startPosition);
        _regimes[(0, 0)] = _base;

        // A text in force from day 0: as agreed, with its own clauses' hazard ratio and the temptations its open readings add.
        if (_war.StartText is { } start)
        {
            var named = scenario.Text(start.Name);
            var gap = Texts.TextHazard.Temptations(named, _base.Problem.Profiles[0], _base.Problem.Profiles[1], scenario.Defaults);
            var clauses = named.HazardFeatures == Domain.Texts.TextFeature.None ? _war.Ceasefire.Clauses : Texts.TextHazard.Clauses(named);
            _startText = _base.Agreed(scenario, _war, Space.Encode(start.Digits.AsSpan()))
                .AsNamedText(_war.Ceasefire.HazardRatioOf(clauses, start.Digits.AsSpan()), gap);
        }

        // Terms tied to the battlefield: the band of ground A holds beyond its start at each position (all 0 without them).
        _bandOf = new int[_size + 1];
        if (_war.TiedTerms.Any(t => t.Weight != 0))
        {
            for (var p = 0; p <= _size; p++)
            {
                var bands = (p - _startPosition) * _war.ControlStepPerBattle / _war.ControlBand;
                _bandOf[p] = (int)Math.Truncate(bands + (Math.Sign(bands) * 1e-9));
            }
        }
        Frontier = _base.Frontier;

        // The talks: the scenario's protocol and strategies, conceding over a patience counted from each episode's opening.
        _talks = scenario.Talks;
        var framework = scenario.Texts.IsEmpty ? null : scenario.Texts[0].Complete(scenario.Space, scenario.Defaults);
        _protocol = _talks.Protocol switch
        {
            "mediated" => new MediatedTextProtocol(_talks.Mediator is null ? MediatorCatalog.Default : MediatorCatalog.Get(_talks.Mediator), framework),
            "alternating" => new AlternatingOffersProtocol(),
            _ => new UltimatumProtocol(),
        };
        _patienceRounds = scenario.NegotiationPatience ?? Math.Max(1, (int)Math.Ceiling(TalksSettings.DefaultPatienceDays / _war.DaysPerRound));
        _strategyNames = [.. Parties.Select(p => scenario.Talks.Strategies.TryGetValue(p, out var name) ? name : ScreeningName)];
        for (var i = 0; i < _war.Events.Length; i++)
        {
            _reopenMask |= _war.Events[i].Effects.Any(e => e.Target == EffectTarget.ReopenTalks) ? 1UL << i : 0;
            _walkoutMask |= _war.Events[i].Effects.Any(e => e.Target == EffectTarget.Walkout) ? 1UL << i : 0;
        }

        // Coalition members: each side's allies and their profiles, for their veto over its acceptance.
        var allies = Parties.Select(p => scenario.Parties.Where(a => a.Role == PartyRole.Ally && a.AllyOf == p && a.Profile is not null).ToArray()).ToArray();
        _allies = [.. allies.Select(list => list.Select(a => a.Profile!).ToArray())];
        _allyNames = [.. allies.Select(list => list.Select(a => a.Name).ToArray())];

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
            columns.Add(new RunValueColumn($"term{i + 1}", TermDescription(Space.Issues[i]), true));
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

    /// <summary>
    /// What a term column holds: the agreed value of a numeric issue, or for an issue of named options the
    /// option's number, with the numbering, so that its quantiles read as options.
    /// </summary>
    private static string TermDescription(Issue issue)
    {
        if (issue is not (DiscreteIssue or BooleanIssue))
        {
            return $"agreed value of '{issue.Name}'";
        }
        var options = string.Join(", ", Enumerable.Range(0, issue.ValueCount).Select(v => $"{v} = {issue.FormatValue(v)}"));
        return $"agreed option of '{issue.Name}' ({options})";
    }

    /// <summary>The regime of the events in <paramref name="fired"/> at the band of ground of <paramref name="position"/> (built on first use, then shared).</summary>
    private WarRegime Regime(ulong fired, int position) =>
        _regimes.GetOrAdd((fired, _bandOf[position]), static (key, model) => WarRegime.Build(model._scenario, model._war, model._risk, key.Fired, key.Band, model._gapAtWar, model._size, model._startPosition), this);

    /// <summary>The hypothesis simulated.</summary>
    public string Hypothesis { get; }

    /// <summary>The two belligerents, side A first.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The Pareto frontier the mediator chooses texts from.</summary>
    public ImmutableArray<OutcomePoint> Frontier { get; }

    /// <summary>The texts' chance of holding as the talks read it before any event or move of the front (for replays through the engine).</summary>
    internal Negotiation.Durability.IAgreementDurability Durability => _base.Durability;

    /// <summary>The text in force from day 0 as the runs hold it (its hazard ratio and reading gap), or null.</summary>
    internal Talks.AgreedText? StartText => _startText;

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
}
