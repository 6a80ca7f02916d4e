using System.Collections.Immutable;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;
using Parley.Negotiation;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;

namespace Parley.Application.Play;

/// <summary>
/// A game of the mediated single negotiating text in which people take some seats and Boulware agents
/// the others, the talks running as <see cref="ScenarioRun.Negotiate"/> runs them: the mediator's
/// first text, revisions by the Nash rule, one negotiation round per round of one simulated war of
/// the scenario (its reservation values move as the war goes on; its casualties, food, battles, control,
/// events and the seat's own value of fighting on are the news). A person's seat waits for <see cref="Answer"/>; it sees only its <see cref="SeatTurn"/>.
/// Thread-safe: the talks run on their own thread; <see cref="Changed"/> tells when a turn or the end comes.
/// </summary>
public sealed class TableGame : IDisposable
{
    private readonly object _gate = new();
    private readonly bool[] _people;
    private readonly SeatTurn?[] _turns;
    private readonly TaskCompletionSource<Decision>?[] _pending;
    private readonly List<AdviceEntry> _advice = [];
    private readonly Dictionary<int, string> _adviceNow = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Scenario _scenario;
    private readonly RoundTrace? _war;
    private readonly WarRoundLog? _front;
    private readonly ImmutableArray<int> _sides;
    private readonly ulong _seed;
    private Task? _talks;

    /// <summary>Sets up the game; <paramref name="people"/> lists the seats people take (party indices).</summary>
    /// <param name="scenario">The scenario as simulated (<see cref="ScenarioMonteCarlo.Prepare"/>).</param>
    /// <param name="hypothesis">The hypothesis the game is played under.</param>
    /// <param name="people">The seats people take.</param>
    /// <param name="seed">The seed of the war and of the agents.</param>
    /// <param name="rounds">The deadline in rounds.</param>
    public TableGame(Scenario scenario, string hypothesis, IEnumerable<int> people, ulong seed, int rounds = 12)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(people);
        _scenario = scenario.WithHypothesis(hypothesis);
        Hypothesis = hypothesis;
        Parties = _scenario.ToProblem().PartyNames;
        _people = new bool[Parties.Length];
        foreach (var seat in people)
        {
            if ((uint)seat >= (uint)_people.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(people), $"seat {seat} does not exist: the scenario has {_people.Length} parties");
            }
            _people[seat] = true;
        }
        _turns = new SeatTurn?[_people.Length];
        _pending = new TaskCompletionSource<Decision>?[_people.Length];
        _seed = seed;
        Rounds = rounds;
        if (_scenario.War is not null)
        {
            // Run 0 of the Monte Carlo with this seed: its means over one run are the run itself, and Explain replays the same run step by step.
            var model = ScenarioMonteCarlo.Model(scenario, hypothesis);
            _war = model.Trace(seed, 1);
            _front = new WarRoundLog(model, seed, 0);
            _sides = [.. Parties.Select(p => model.Parties.IndexOf(p))];
        }
    }

    /// <summary>The hypothesis.</summary>
    public string Hypothesis { get; }

    /// <summary>The parties, in seat order.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>The deadline in rounds.</summary>
    public int Rounds { get; }

    /// <summary>The ending, once the talks are over (null before).</summary>
    public GameOutcome? Outcome { get; private set; }

    /// <summary>Why the talks stopped with an error, if they did.</summary>
    public string? Failure { get; private set; }

    /// <summary>Raised (on the talks' thread) when a seat's turn comes or the game ends.</summary>
    public event Action? Changed;

    /// <summary>Whether a person takes <paramref name="seat"/>.</summary>
    public bool IsPerson(int seat) => _people[seat];

    /// <summary>The turn <paramref name="seat"/> must answer now, or null when it is not that seat's turn.</summary>
    public SeatTurn? Turn(int seat)
    {
        lock (_gate)
        {
            return _turns[seat];
        }
    }

    /// <summary>What a text (value index per issue) is worth to <paramref name="seat"/>: the party's own utility, which only its seat sees.</summary>
    public double UtilityFor(int seat, IReadOnlyList<int> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int[] digits = [.. text];
        return _scenario.ToProblem().Profiles[seat].Utility(digits.AsSpan());
    }

    /// <summary>Starts the talks on their own thread.</summary>
    public void Start()
    {
        _talks ??= Task.Factory.StartNew(Play, _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Answers <paramref name="seat"/>'s turn; false when it is not that seat's turn. Amendments must change the text.</summary>
    public bool Answer(int seat, GameMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        TaskCompletionSource<Decision>? pending;
        Decision decision;
        lock (_gate)
        {
            pending = _pending[seat];
            var turn = _turns[seat];
            if (pending is null || turn is null)
            {
                return false;
            }
            decision = ToDecision(turn, move);
            _advice.Add(new AdviceEntry(turn.Round, seat, _adviceNow[seat], Words(turn, decision)));
            _pending[seat] = null;
            _turns[seat] = null;
        }
        pending.TrySetResult(decision);
        return true;
    }

    private Decision ToDecision(SeatTurn turn, GameMove move)
    {
        if (move.Kind == GameMove.Accept.Kind)
        {
            return Decision.Accept;
        }
        if (move.Kind == GameMove.WalkOut.Kind)
        {
            return Decision.WalkOut;
        }
        var digits = turn.Text.Select(c => c.Value).ToArray();
        foreach (var (issue, value) in move.Amendments)
        {
            if ((uint)issue >= (uint)digits.Length || (uint)value >= (uint)turn.Text[issue].Options.Length)
            {
                throw new ArgumentException($"amendment to issue #{issue} value #{value} does not exist in this scenario", nameof(move));
            }
            digits[issue] = value;
        }
        if (digits.SequenceEqual(turn.Text.Select(c => c.Value)))
        {
            throw new ArgumentException("the amendments leave the text as it is: change at least one clause, or accept the text", nameof(move));
        }
        return Decision.Offer(_scenario.Space.Encode(digits));
    }

    private void Play()
    {
        try
        {
            var agent = StrategyCatalog.Get("boulware");
            var seats = Enumerable.Range(0, _people.Length)
                .Select(p => _people[p] ? DelegatedStrategy.Spec(agent, (view, advice) => Ask(p, view, advice)) : agent)
                .ToList();
            var result = Negotiate(seats);
            var agents = Negotiate(Enumerable.Repeat(agent, _people.Length).ToList());
            var analysis = ScenarioAnalysis.Analyze(_scenario, Hypothesis);
            var nash = analysis.Nash;
            lock (_gate)
            {
                Outcome = new GameOutcome(result, nash is null ? null : _scenario.Space.DescribeLine(nash.Outcome),
                    nash is null ? [] : [.. nash.Utilities], agents, [.. _advice]);
            }
        }
        catch (OperationCanceledException)
        {
            Failure = "the game was closed";
        }
        catch (Exception ex) when (ex is Domain.ModelException or ProtocolViolationException or ArgumentException)
        {
            Failure = ex.Message;
        }
        Changed?.Invoke();
    }

    private NegotiationResult Negotiate(IReadOnlyList<StrategySpec> seats)
    {
        var problem = _scenario.ToProblem();
        var domain = new NegotiationDomain(problem.Space, problem.PartyNames, problem.Profiles, name: _scenario.Title).WithAnalysis();
        var framework = _scenario.Texts.IsEmpty ? null : _scenario.Texts[0].Complete(_scenario.Space, _scenario.Defaults);
        var protocol = new MediatedTextProtocol(MediatorCatalog.Default, framework);
        IReservationValues? reservations = _war?.ToReservationScript();
        return protocol.Run(domain, seats, new NegotiationOptions { Deadline = Rounds, Seed = _seed, Reservations = reservations, Patience = _scenario.NegotiationPatience });
    }

    private Decision Ask(int seat, PartyView view, Decision advice)
    {
        var turn = TurnOf(seat, view);
        var pending = new TaskCompletionSource<Decision>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _turns[seat] = turn;
            _pending[seat] = pending;
            _adviceNow[seat] = Words(turn, advice);
        }
        Changed?.Invoke();
        return pending.Task.WaitAsync(_stop.Token).GetAwaiter().GetResult();
    }

    private SeatTurn TurnOf(int seat, PartyView view)
    {
        var space = _scenario.Space;
        var digits = view.StandingDigits.ToArray();
        var text = space.Issues.Select((issue, i) => new Clause(i, issue.Name, digits[i], [.. Enumerable.Range(0, space.Radices[i]).Select(issue.FormatValue)])).ToImmutableArray();
        var moves = new List<string>();
        for (var m = 0; m < view.History.Count; m++)
        {
            var move = view.History[m];
            if (move.Party == seat || move.Party == Move.Mediator || move.Round != view.Round - 1)
            {
                continue;
            }
            var who = Parties[move.Party];
            moves.Add(move.Action switch
            {
                Negotiation.Traces.TraceAction.Amendment => $"{who} tabled: {space.Issues[move.Issue].Name} = {space.Issues[move.Issue].FormatValue(move.Value)}" + (move.Justification is { } j ? $" ({j})" : ""),
                Negotiation.Traces.TraceAction.Accept => $"{who} accepted the text",
                _ => $"{who}: {move.Action.ToString().ToLowerInvariant()}",
            });
        }
        return new SeatTurn(seat, Parties[seat], view.Round, view.Deadline, text, view.Context.Profile.Utility(digits), view.Reservation, [.. moves], News(seat, view.Round));
    }

    private WarNews? News(int seat, int round)
    {
        if (_war is null || _war.Rounds == 0)
        {
            return null;
        }
        var r = Math.Min(round, _war.Rounds) - 1;
        double[] deaths = [_war.CombatantDeathsA[r] + _war.CivilianDeathsA[r], _war.CombatantDeathsB[r] + _war.CivilianDeathsB[r]];
        var need = _scenario.Humanitarian is null ? (double?)null : _war.NeedMet[r];
        var side = _sides.IsDefault ? -1 : _sides[seat];
        return new WarNews(_war.Day(r), [.. deaths], need, _war.AtWar[r] > 0.5) { Front = side < 0 ? null : _front?.For(side, r) };
    }

    private string Words(SeatTurn turn, Decision decision) => decision.Kind switch
    {
        DecisionKind.Accept => "accept",
        DecisionKind.Walkout => "walk out",
        _ => "amend: " + string.Join("; ", Changes(turn, decision.Outcome)),
    };

    private IEnumerable<string> Changes(SeatTurn turn, long outcome)
    {
        var digits = new int[turn.Text.Length];
        _scenario.Space.Decode(outcome, digits);
        return turn.Text.Where(c => digits[c.Issue] != c.Value).Select(c => $"{c.Name} = {c.Options[digits[c.Issue]]}");
    }

    /// <summary>Stops the talks (a person's seat stops waiting).</summary>
    public void Dispose()
    {
        _stop.Cancel();
    }
}
