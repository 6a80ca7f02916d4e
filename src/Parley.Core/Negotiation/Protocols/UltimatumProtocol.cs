using Parley.Negotiation.Strategies;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// The ultimatum game: one round. Party 0 makes one offer (accepting is not allowed: nothing is
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
        return new UltimatumRun(new Session(Name, domain, strategies, options, deadline: 1));
    }

    /// <inheritdoc />
    public NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options) =>
        Open(domain, strategies, options).RunToEnd();

    private sealed class UltimatumRun(Session session) : NegotiationRun(session)
    {
        private protected override RoundOutcome PlayRound(int round)
        {
            var session = Session;
            var domain = session.Domain;
            session.BeginRound(round);
            var proposal = session.Ask(0, round, standingMove: -1, finalChance: false);
            switch (proposal.Kind)
            {
                case DecisionKind.Accept:
                    throw new ProtocolViolationException($"party '{domain.PartyNames[0]}' accepted in the ultimatum with nothing on the table: it must make the offer");
                case DecisionKind.Walkout:
                    session.RecordWalkout(round, 0);
                    return new RoundOutcome(SessionEnd.Walkout, WalkedOut: 0);
            }
            var offerMove = session.RecordOutcome(round, 0, TraceAction.Offer, proposal.Outcome);
            var n = session.PartyCount;
            var answers = new DecisionKind[n];
            for (var p = 1; p < n; p++)
            {
                answers[p] = session.Ask(p, round, offerMove, finalChance: true).Kind;
            }
            var walkedOut = -1;
            var rejected = false;
            for (var p = 1; p < n; p++)
            {
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
