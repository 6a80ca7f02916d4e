using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// The ultimatum game: one round. The first mover (party 0 unless the options say otherwise) makes one offer (accepting is not allowed: nothing is
/// on the table; it may walk out instead). Every other party then answers, without seeing the
/// others' answers: accept, reject (any offer it makes back counts as a rejection and is not
/// tabled) or walk out. All accept: agreement. Anyone walks out: walkout. Otherwise the one round
/// has passed without agreement: deadline. The options' deadline is not used: the protocol has
/// exactly one round, and responders know it is their final chance.
/// </summary>
public sealed class UltimatumProtocol : IProtocol
{
    /// <inheritdoc />
    public string Name => "ultimatum";

    /// <inheritdoc />
    public NegotiationRun Open(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return new UltimatumRun(new Session(Name, domain, strategies, options, deadline: 1), options.FirstMover);
    }

    /// <inheritdoc />
    public NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options) =>
        Open(domain, strategies, options).RunToEnd();

    private sealed class UltimatumRun(Session session, int proposer) : NegotiationRun(session)
    {
        private protected override RoundOutcome PlayRound(int round)
        {
            var session = Session;
            var domain = session.Domain;
            session.BeginRound(round);
            var proposal = session.Ask(proposer, round, standingMove: -1, finalChance: false);
            switch (proposal.Kind)
            {
                case DecisionKind.Accept:
                    throw new ProtocolViolationException($"party '{domain.PartyNames[proposer]}' accepted in the ultimatum with nothing on the table: it must make the offer");
                case DecisionKind.Walkout:
                    session.RecordWalkout(round, proposer);
                    return new RoundOutcome(SessionEnd.Walkout, WalkedOut: proposer);
            }
            var offerMove = session.RecordOutcome(round, proposer, TraceAction.Offer, proposal.Outcome);
            var n = session.PartyCount;
            var answers = new DecisionKind[n];
            for (var p = 0; p < n; p++)
            {
                if (p != proposer)
                {
                    answers[p] = session.Ask(p, round, offerMove, finalChance: true).Kind;
                }
            }
            var walkedOut = -1;
            var rejected = false;
            for (var p = 0; p < n; p++)
            {
                if (p == proposer)
                {
                    continue;
                }
                switch (answers[p])
                {
                    case DecisionKind.Accept:
                        session.RecordAccept(round, p, offerMove);
                        break;
                    case DecisionKind.Offer:
                        session.RecordReject(round, p, offerMove);
                        rejected = true;
                        break;
                    default:
                        session.RecordWalkout(round, p);
                        walkedOut = walkedOut < 0 ? p : walkedOut;
                        break;
                }
            }
            if (walkedOut >= 0)
            {
                return new RoundOutcome(SessionEnd.Walkout, WalkedOut: walkedOut);
            }
            return rejected ? new RoundOutcome(SessionEnd.Deadline) : new RoundOutcome(SessionEnd.Agreement, AgreedMove: offerMove);
        }
    }
}
