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
        private readonly List<Amendment> _amendments = [];
        private Outcome? _text;

        public MediatedRun(MediatedTextProtocol protocol, Session session) : base(session)
        {
            _protocol = protocol;
            // The mediator's own random stream (ties between texts) is apart from every party's.
            _view = new MediatorView(session.Domain, session.History, session.Reservations, session.Deadline, session.Options.Seed, ulong.MaxValue - (ulong)session.Options.RunIndex, session.Options.Durability);
            _decisions = new Decision[session.PartyCount];
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
            if (_text is null)
            {
                _text = _protocol.Framework ?? mediator.Framework(_view);
                CheckText(space, _text);
                textMove = session.RecordOutcome(round, Move.Mediator, TraceAction.Text, space.Encode(_text.ValueIndices.AsSpan()), $"framework text by the {mediator.Name} mediator");
            }
            else
            {
                _text = mediator.Revise(_view, _text, _amendments);
                CheckText(space, _text);
                textMove = session.RecordOutcome(round, Move.Mediator, TraceAction.Revision, space.Encode(_text.ValueIndices.AsSpan()), mediator.Rule);
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
                        foreach (var a in AmendmentsOf(session, p, _text, _decisions[p].Outcome, round))
                        {
                            _amendments.Add(a);
                            session.RecordAmendment(round, a, textMove);
                        }
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
    }

    private static List<Amendment> AmendmentsOf(Session session, int party, Outcome text, long wanted, int round)
    {
        var space = session.Space;
        var digits = new int[space.IssueCount];
        space.Decode(wanted, digits);
        var list = new List<Amendment>();
        var strategy = session.StrategyOf(party);
        var view = session.ViewOf(party);
        for (var i = 0; i < digits.Length; i++)
        {
            if (digits[i] != text[i])
            {
                list.Add(new Amendment(party, i, digits[i], strategy.Justify(view, i, text[i], digits[i])));
            }
        }
        if (list.Count == 0)
        {
            throw new ProtocolViolationException($"party '{session.Domain.PartyNames[party]}' tabled the text itself as its amendment in round {round}: accept it or change at least one issue");
        }
        return list;
    }

    private static void CheckText(OutcomeSpace space, Outcome text)
    {
        if (text.ValueIndices.Length != space.IssueCount)
        {
            throw new ModelException($"the mediator's text gives {text.ValueIndices.Length} values for {space.IssueCount} issues");
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
