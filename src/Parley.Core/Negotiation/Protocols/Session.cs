using System.Collections.Immutable;
using Parley.Domain;
using Parley.Negotiation.Reservation;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// The machinery every protocol shares: builds each party's context and strategy (from its own
/// profile only), keeps reservation values, the public history and the trace, asks parties for
/// decisions and assembles the result.
/// </summary>
internal sealed class Session
{
    private readonly Strategy[] _strategies;
    private readonly PartyView[] _views;
    private readonly IReservationValues? _reservationSource;
    private readonly List<TraceEvent>? _trace;
    private readonly int[] _digits;
    private readonly NegotiationWorkspace? _workspace;
    private readonly int _generation;

    public Session(string protocol, NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options, int deadline)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(options);
        var n = domain.PartyCount;
        if (strategies.Count != n)
        {
            throw new ModelException($"{strategies.Count} strategies were given for {n} parties: give one per party");
        }
        options.Validate(n);
        Protocol = protocol;
        Domain = domain;
        Options = options;
        Deadline = deadline;
        Space = domain.Space;
        var capacity = Math.Min((deadline * (n + 1)) + 4, 64);
        _workspace = options.Workspace;
        if (_workspace is null)
        {
            History = new NegotiationHistory(Space.IssueCount, capacity);
        }
        else
        {
            (History, _generation) = _workspace.Take(Space.IssueCount, capacity);
        }
        Reservations = new double[n];
        for (var p = 0; p < n; p++)
        {
            Reservations[p] = domain.Profiles[p].ReservationValue;
        }
        _reservationSource = options.Reservations;
        _trace = options.RecordTrace ? [] : null;
        _digits = new int[Space.IssueCount];
        _strategies = new Strategy[n];
        _views = new PartyView[n];
        for (var p = 0; p < n; p++)
        {
            var discount = options.Discounts is { } d ? d[p] : (double?)null;
            var context = new PartyContext(protocol, p, domain.PartyNames, domain.Profiles[p], deadline, discount, options.Seed, options.StreamFor(p), options.Patience);
            _strategies[p] = strategies[p].Create(context)
                ?? throw new ModelException($"strategy '{strategies[p].Name}' built nothing for party '{domain.PartyNames[p]}'");
            _views[p] = new PartyView(context, History);
        }
    }

    public string Protocol { get; }

    public NegotiationDomain Domain { get; }

    public NegotiationOptions Options { get; }

    public int Deadline { get; }

    public OutcomeSpace Space { get; }

    public NegotiationHistory History { get; }

    public double[] Reservations { get; }

    public int PartyCount => _strategies.Length;

    /// <summary>The workspace whose arrays this negotiation reuses, or null.</summary>
    public NegotiationWorkspace? Workspace => _workspace;

    /// <summary>Whether the full trace is recorded (and with it the parties' justifications).</summary>
    public bool RecordsTrace => _trace is not null;

    /// <summary>Throws when the workspace this negotiation's history lives in was handed to a later negotiation.</summary>
    public void CheckWorkspace()
    {
        if (_workspace is not null && _workspace.Generation != _generation)
        {
            throw new InvalidOperationException("this negotiation's workspace was handed to a later negotiation: read a negotiation's history and result before opening the next one with the same workspace");
        }
    }

    public Strategy StrategyOf(int party) => _strategies[party];

    public PartyView ViewOf(int party) => _views[party];

    /// <summary>Asks the reservation source for this round's values.</summary>
    public void BeginRound(int round)
    {
        if (_reservationSource is null)
        {
            return;
        }
        _reservationSource.Update(round, Reservations);
        foreach (var r in Reservations)
        {
            if (!double.IsFinite(r))
            {
                throw new ModelException($"the reservation values for round {round} include a non-finite value");
            }
        }
    }

    /// <summary>Asks party <paramref name="party"/> for its move.</summary>
    public Decision Ask(int party, int round, int standingMove, bool finalChance)
    {
        var view = _views[party];
        view.Set(round, Reservations[party], standingMove, finalChance);
        var decision = _strategies[party].Decide(view);
        if (decision.Kind == DecisionKind.Offer && (ulong)decision.Outcome >= (ulong)Space.Count)
        {
            throw new ProtocolViolationException($"party '{Domain.PartyNames[party]}' offered outcome #{decision.Outcome} in round {round}, outside the space of {Space.Count} outcomes");
        }
        return decision;
    }

    /// <summary>Records a move with an outcome (offer, text, revision); returns its history index.</summary>
    public int RecordOutcome(int round, int party, TraceAction action, long outcome, string? justification = null)
    {
        Space.Decode(outcome, _digits);
        var index = History.Add(new Move(round, party, action, outcome, Justification: justification), _digits);
        Trace(round, party, action, _digits, justification: justification);
        return index;
    }

    /// <summary>Records an acceptance of the outcome of move <paramref name="acceptedMove"/>.</summary>
    public void RecordAccept(int round, int party, int acceptedMove)
    {
        var outcome = History[acceptedMove].Outcome;
        History.Add(new Move(round, party, TraceAction.Accept, outcome), []);
        Trace(round, party, TraceAction.Accept, History.Digits(acceptedMove));
    }

    /// <summary>Records a rejection of the outcome of move <paramref name="rejectedMove"/>.</summary>
    public void RecordReject(int round, int party, int rejectedMove)
    {
        var outcome = History[rejectedMove].Outcome;
        History.Add(new Move(round, party, TraceAction.Reject, outcome), []);
        Trace(round, party, TraceAction.Reject, History.Digits(rejectedMove));
    }

    /// <summary>Records a walkout.</summary>
    public void RecordWalkout(int round, int party)
    {
        History.Add(new Move(round, party, TraceAction.Walkout, -1), []);
        Trace(round, party, TraceAction.Walkout, []);
    }

    /// <summary>Records an amendment to the text of move <paramref name="textMove"/>.</summary>
    public void RecordAmendment(int round, in Amendment amendment, int textMove)
    {
        History.Add(new Move(round, amendment.Party, TraceAction.Amendment, -1, amendment.Issue, amendment.Value, amendment.Justification), []);
        if (_trace is null)
        {
            return;
        }
        History.Digits(textMove).CopyTo(_digits);
        _digits[amendment.Issue] = amendment.Value;
        var issue = Space.Issues[amendment.Issue];
        Trace(round, amendment.Party, TraceAction.Amendment, _digits, issue.Name, issue.FormatValue(amendment.Value), amendment.Justification);
    }

    /// <summary>Ends the negotiation and builds the result.</summary>
    public NegotiationResult Finish(SessionEnd ending, int rounds, int agreedMove = -1, int walkedOut = -1)
    {
        var n = PartyCount;
        Agreement? agreement = null;
        var payoffs = Reservations.ToArray();
        double? toPareto = null, toNash = null;
        if (ending == SessionEnd.Agreement)
        {
            var digits = History.Digits(agreedMove);
            var tabled = History[agreedMove].Round;
            var utilities = new double[n];
            var discounted = new double[n];
            for (var p = 0; p < n; p++)
            {
                utilities[p] = Domain.Profiles[p].Utility(digits);
                var factor = Options.Discounts is { } d ? Math.Pow(d[p], tabled - 1) : 1.0;
                discounted[p] = utilities[p] * factor;
                payoffs[p] = discounted[p];
            }
            agreement = new Agreement(new Outcome(digits.ToImmutableArray()), tabled, utilities.ToImmutableArray(), discounted.ToImmutableArray());
            if (Domain.ReferencePoints is { } reference)
            {
                toPareto = AgreementDistances.ToPareto(reference, utilities);
                toNash = AgreementDistances.ToNash(reference, utilities);
            }
        }
        return new NegotiationResult
        {
            Protocol = Protocol,
            PartyNames = Domain.PartyNames,
            Ending = ending,
            Rounds = rounds,
            Agreement = agreement,
            WalkedOut = walkedOut >= 0 ? walkedOut : null,
            Payoffs = payoffs.ToImmutableArray(),
            FinalReservations = Reservations.ToImmutableArray(),
            DistanceToPareto = toPareto,
            DistanceToNash = toNash,
            Trace = _trace is null ? null : new NegotiationTrace(Space, Domain.PartyNames, _trace.ToImmutableArray()),
        };
    }

    private void Trace(int round, int party, TraceAction action, ReadOnlySpan<int> digits, string? issue = null, string? value = null, string? justification = null)
    {
        if (_trace is null)
        {
            return;
        }
        Outcome? outcome = null;
        var utilities = ImmutableArray<double>.Empty;
        if (!digits.IsEmpty)
        {
            outcome = new Outcome(digits.ToImmutableArray());
            var u = new double[PartyCount];
            for (var p = 0; p < u.Length; p++)
            {
                u[p] = Domain.Profiles[p].Utility(digits);
            }
            utilities = u.ToImmutableArray();
        }
        var actor = party == Move.Mediator ? NegotiationTrace.MediatorName : Domain.PartyNames[party];
        _trace.Add(new TraceEvent(round, actor, action, outcome, utilities, issue, value, justification));
    }
}
