using Parley.Domain;
using Parley.Negotiation.Mediation;
using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// The mediated single negotiating text (Fisher and Raiffa's procedure; the way the Qatari and
/// Egyptian mediators worked in 2025). A round: the mediator tables a text (in round 1 its
/// framework, or the one given; later its revision of the previous text by its rule, from the
/// amendments of the round before, using this round's reservation values); then every party
/// answers the text at the same time, seeing only the text and earlier rounds: it accepts, tables
/// amendments (a new value for each issue where the text it wants differs, each with its
/// justification), or walks out. All accept: agreement on the text. Anyone walks out: walkout.
/// After the last round: deadline. In the last round amending is pointless, and parties know it.
/// </summary>
public sealed class MediatedTextProtocol : IProtocol
{
    /// <summary>Creates the protocol with a mediator and, optionally, the framework text to start from.</summary>
    public MediatedTextProtocol(Mediator mediator, Outcome? framework = null)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        Mediator = mediator;
        Framework = framework;
    }

    /// <summary>The mediator.</summary>
    public Mediator Mediator { get; }

    /// <summary>The first text, when given (otherwise the mediator drafts it).</summary>
    public Outcome? Framework { get; }

    /// <inheritdoc />
    public string Name => "mediated";

    /// <inheritdoc />
    public NegotiationRun Open(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(options);
        return new MediatedRun(this, new Session(Name, domain, strategies, options, options.Deadline));
    }

    /// <inheritdoc />
    public NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options) =>
        Open(domain, strategies, options).RunToEnd();

    private sealed class MediatedRun : NegotiationRun
    {
        private readonly MediatedTextProtocol _protocol;
        private readonly MediatorView _view;
        private readonly Decision[] _decisions;
        private readonly List<Amendment> _amendments;

        // The text on the table, its revision and the text a party wants, as value indices (reused every round).
        private readonly int[] _text;
        private readonly int[] _revised;
        private readonly int[] _wanted;
        private bool _tabled;

        public MediatedRun(MediatedTextProtocol protocol, Session session) : base(session)
        {
            _protocol = protocol;
            var m = session.Space.IssueCount;
            var workspace = session.Workspace;
            // The mediator's own random stream (ties between texts) is apart from every party's.
            _view = new MediatorView(session.Domain, session.History, session.Reservations, session.Deadline, session.Options.Seed, ulong.MaxValue - (ulong)session.Options.RunIndex, workspace?.Candidates(session.Space), session.Options.Durability);
            _decisions = new Decision[session.PartyCount];
            _amendments = workspace?.Amendments ?? [];
            _amendments.Clear();
            _text = workspace?.Scratch(0, m) ?? new int[m];
            _revised = workspace?.Scratch(1, m) ?? new int[m];
            _wanted = workspace?.Scratch(2, m) ?? new int[m];
        }

        private protected override RoundOutcome PlayRound(int round)
        {
            var session = Session;
            var space = session.Space;
            var n = session.PartyCount;
            var deadline = session.Deadline;
            var mediator = _protocol.Mediator;
            session.BeginRound(round);
            _view.Round = round;
            int textMove;
            if (!_tabled)
            {
                var framework = _protocol.Framework ?? mediator.Framework(_view);
                CheckText(space, framework.ValueIndices.AsSpan());
                framework.ValueIndices.AsSpan().CopyTo(_text);
                _tabled = true;
                textMove = session.RecordOutcome(round, Move.Mediator, TraceAction.Text, space.Encode(_text), session.RecordsTrace ? $"framework text by the {mediator.Name} mediator" : null);
            }
            else
            {
                mediator.ReviseInto(_view, _text, _amendments, _revised);
                CheckText(space, _revised);
                _revised.CopyTo(_text, 0);
                textMove = session.RecordOutcome(round, Move.Mediator, TraceAction.Revision, space.Encode(_text), mediator.Rule);
            }

            var finalChance = round == deadline;
            for (var p = 0; p < n; p++)
            {
                _decisions[p] = session.Ask(p, round, textMove, finalChance);
            }
            _amendments.Clear();
            var walkedOut = -1;
            var allAccept = true;
            for (var p = 0; p < n; p++)
            {
                switch (_decisions[p].Kind)
                {
                    case DecisionKind.Accept:
                        session.RecordAccept(round, p, textMove);
                        break;
                    case DecisionKind.Offer:
                        allAccept = false;
                        TableAmendments(session, p, _decisions[p].Outcome, round, textMove);
                        break;
                    default:
                        allAccept = false;
                        session.RecordWalkout(round, p);
                        walkedOut = walkedOut < 0 ? p : walkedOut;
                        break;
                }
            }
            if (walkedOut >= 0)
            {
                return new RoundOutcome(SessionEnd.Walkout, WalkedOut: walkedOut);
            }
            if (allAccept)
            {
                return new RoundOutcome(SessionEnd.Agreement, AgreedMove: textMove);
            }
            return round >= deadline ? new RoundOutcome(SessionEnd.Deadline) : RoundOutcome.Continue;
        }

        /// <summary>
        /// Turns the text party <paramref name="party"/> wants into one amendment per issue where it
        /// differs from the text on the table (justified only when a trace is recorded), and records them.
        /// </summary>
        private void TableAmendments(Session session, int party, long wanted, int round, int textMove)
        {
            session.Space.Decode(wanted, _wanted);
            var strategy = session.StrategyOf(party);
            var view = session.ViewOf(party);
            var first = _amendments.Count;
            for (var i = 0; i < _wanted.Length; i++)
            {
                if (_wanted[i] != _text[i])
                {
                    var justification = session.RecordsTrace ? strategy.Justify(view, i, _text[i], _wanted[i]) : null;
                    _amendments.Add(new Amendment(party, i, _wanted[i], justification));
                }
            }
            if (_amendments.Count == first)
            {
                throw new ProtocolViolationException($"party '{session.Domain.PartyNames[party]}' tabled the text itself as its amendment in round {round}: accept it or change at least one issue");
            }
            for (var k = first; k < _amendments.Count; k++)
            {
                session.RecordAmendment(round, _amendments[k], textMove);
            }
        }
    }

    private static void CheckText(OutcomeSpace space, ReadOnlySpan<int> text)
    {
        if (text.Length != space.IssueCount)
        {
            throw new ModelException($"the mediator's text gives {text.Length} values for {space.IssueCount} issues");
        }
        for (var i = 0; i < space.IssueCount; i++)
        {
            if ((uint)text[i] >= (uint)space.Radices[i])
            {
                throw new ModelException($"the mediator's text gives issue '{space.Issues[i].Name}' value #{text[i]}, which does not exist");
            }
        }
    }
}
