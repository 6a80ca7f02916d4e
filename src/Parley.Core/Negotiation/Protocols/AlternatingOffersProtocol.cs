using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// Stacked alternating offers (the SAOP of Aydoğan et al. for n parties; Rubinstein's protocol for
/// two). A round is one turn: in round k party (k - 1) mod n acts. Party 0 opens with an offer (or the
/// options' first mover);
/// from then on the party whose turn it is accepts the standing offer, makes a counter-offer
/// (which becomes the standing offer) or walks out. An offer is agreed once every other party
/// has accepted it, in consecutive turns. The negotiation ends with agreement, a walkout, or the
/// deadline (no agreement after the last round). An agreement on an offer tabled in round k is
/// discounted by d^(k-1) for a party with per-round discount factor d, so for two parties each
/// rejection costs one period, as in Rubinstein (1982).
/// Party i sees only its own context, the public moves and what is on the table.
/// </summary>
public sealed class AlternatingOffersProtocol : IProtocol
{
    /// <inheritdoc />
    public string Name => "alternating";

    /// <inheritdoc />
    public NegotiationRun Open(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AlternatingRun(new Session(Name, domain, strategies, options, options.Deadline), options.FirstMover);
    }

    /// <inheritdoc />
    public NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options) =>
        Open(domain, strategies, options).RunToEnd();

    private sealed class AlternatingRun(Session session, int firstMover) : NegotiationRun(session)
    {
        private int _standingMove = -1;
        private int _standingParty = -1;
        private int _acceptances;

        private protected override RoundOutcome PlayRound(int round)
        {
            var session = Session;
            var n = session.PartyCount;
            var deadline = session.Deadline;
            session.BeginRound(round);
            var party = (round - 1 + firstMover) % n;
            // A counter-offer made now needs the other n - 1 parties' turns to be accepted.
            var finalChance = round + (n - 1) > deadline;
            var decision = session.Ask(party, round, _standingMove, finalChance);
            switch (decision.Kind)
            {
                case DecisionKind.Accept:
                    if (_standingMove < 0 || _standingParty == party)
                    {
                        throw new ProtocolViolationException($"party '{session.Domain.PartyNames[party]}' accepted in round {round} with no offer of another party on the table: offer instead");
                    }
                    session.RecordAccept(round, party, _standingMove);
                    if (++_acceptances == n - 1)
                    {
                        return new RoundOutcome(SessionEnd.Agreement, AgreedMove: _standingMove);
                    }
                    break;
                case DecisionKind.Offer:
                    _standingMove = session.RecordOutcome(round, party, TraceAction.Offer, decision.Outcome);
                    _standingParty = party;
                    _acceptances = 0;
                    break;
                default:
                    session.RecordWalkout(round, party);
                    return new RoundOutcome(SessionEnd.Walkout, WalkedOut: party);
            }
            return round >= deadline ? new RoundOutcome(SessionEnd.Deadline) : RoundOutcome.Continue;
        }
    }
}
