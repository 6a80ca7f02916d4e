using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// Stacked alternating offers (the SAOP of Aydoğan et al. for n parties; Rubinstein's protocol for
/// two). A round is one turn: in round k party (k - 1) mod n acts. Party 0 opens with an offer;
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
    public NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var session = new Session(Name, domain, strategies, options, options.Deadline);
        var n = session.PartyCount;
        var deadline = options.Deadline;
        var standingMove = -1;
        var standingParty = -1;
        var acceptances = 0;
        for (var round = 1; round <= deadline; round++)
        {
            session.BeginRound(round);
            var party = (round - 1) % n;
            // A counter-offer made now needs the other n - 1 parties' turns to be accepted.
            var finalChance = round + (n - 1) > deadline;
            var decision = session.Ask(party, round, standingMove, finalChance);
            switch (decision.Kind)
            {
                case DecisionKind.Accept:
                    if (standingMove < 0 || standingParty == party)
                    {
                        throw new ProtocolViolationException($"party '{domain.PartyNames[party]}' accepted in round {round} with no offer of another party on the table: offer instead");
                    }
                    session.RecordAccept(round, party, standingMove);
                    if (++acceptances == n - 1)
                    {
                        return session.Finish(SessionEnd.Agreement, round, agreedMove: standingMove);
                    }
                    break;
                case DecisionKind.Offer:
                    standingMove = session.RecordOutcome(round, party, TraceAction.Offer, decision.Outcome);
                    standingParty = party;
                    acceptances = 0;
                    break;
                default:
                    session.RecordWalkout(round, party);
                    return session.Finish(SessionEnd.Walkout, round, walkedOut: party);
            }
        }
        return session.Finish(SessionEnd.Deadline, deadline);
    }
}
