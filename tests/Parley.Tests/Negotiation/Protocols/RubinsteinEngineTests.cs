using Parley.Negotiation;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Tests.Negotiation.Protocols;

/// <summary>
/// Rubinstein (1982) on the engine: two parties split a pie of N steps by alternating offers with
/// per-round discount factors. Each party plays the subgame-perfect strategy of the finite game,
/// found by backward induction from the deadline (no closed form inside the strategies); with a
/// long deadline that equilibrium is Rubinstein's, and the first offer is accepted at once.
/// </summary>
public class RubinsteinEngineTests
{
    private static readonly AlternatingOffersProtocol Protocol = new();

    /// <summary>
    /// The subgame-perfect strategy of the finite, discretised game. keep[k] is the share the
    /// proposer of round k keeps: the responder (who acts in round k + 1) accepts a share s when
    /// s &gt;= its discount x what it keeps by proposing in round k + 1, so the proposer offers the
    /// smallest grid share meeting that: keep[k] = 1 - ceil(N x d_responder x keep[k + 1]) / N.
    /// An offer in the last round can no longer be accepted: keep[deadline] = 0.
    /// </summary>
    private sealed class EquilibriumStrategy : Strategy
    {
        private readonly double[] _keep;
        private readonly int _steps;
        private readonly double _ownDiscount;

        public EquilibriumStrategy(PartyContext context, int steps, double discountA, double discountB) : base(context)
        {
            _steps = steps;
            _ownDiscount = context.Index == 0 ? discountA : discountB;
            var deadline = context.Deadline;
            _keep = new double[deadline + 2];
            for (var k = deadline - 1; k >= 1; k--)
            {
                // Round k's proposer is party (k - 1) % 2; the responder is the other one.
                var responderDiscount = (k - 1) % 2 == 0 ? discountB : discountA;
                var offered = Math.Ceiling((steps * responderDiscount * _keep[k + 1]) - 1e-9) / steps;
                _keep[k] = 1 - offered;
            }
        }

        public override double TargetUtility(PartyView view) => _keep[view.Round];

        public override Decision Decide(PartyView view)
        {
            var round = view.Round;
            if (view.HasStanding)
            {
                var mine = Context.Profile.Utility(view.StandingDigits);
                var rejecting = view.IsFinalChance ? 0.0 : _ownDiscount * _keep[round];
                if (mine >= rejecting - 1e-9)
                {
                    return Decision.Accept;
                }
            }
            var share = (int)Math.Round(_keep[round] * _steps);
            return Decision.Offer(Context.Index == 0 ? share : _steps - share);
        }
    }

    [Theory]
    // Closed form, A proposing first: x_A = (1 - d_B) / (1 - d_A d_B).
    [InlineData(0.9, 0.8)] // 0.2 / 0.28 = 0.714286 (war-bargaining-models.md 1.7)
    [InlineData(0.9, 0.9)] // 0.1 / 0.19 = 1 / 1.9 = 0.526316
    [InlineData(0.6, 0.95)] // 0.05 / 0.43 = 0.116279
    public void Equilibrium_strategies_reproduce_the_subgame_perfect_split(double discountA, double discountB)
    {
        const int steps = 100_000;
        const int deadline = 400;
        var domain = TestDomains.Pie(steps);
        var specs = new[]
        {
            new StrategySpec("spe", c => new EquilibriumStrategy(c, steps, discountA, discountB)),
            new StrategySpec("spe", c => new EquilibriumStrategy(c, steps, discountA, discountB)),
        };

        var result = Protocol.Run(domain, specs, new NegotiationOptions { Deadline = deadline, Discounts = [discountA, discountB] });

        var closedForm = (1 - discountB) / (1 - (discountA * discountB));
        Assert.Equal(SessionEnd.Agreement, result.Ending);
        Assert.Equal(1, result.Agreement!.Round);
        Assert.Equal(2, result.Rounds);
        // Each backward step rounds the responder's share up by less than one step 1/N; at the
        // stationary point the errors e_A, e_B in [0, 1/N) move A's share by (d_B e_B - e_A) / (1 - d_A d_B),
        // so the engine's split lies in (x_A - 1/(N (1 - d_A d_B)), x_A + d_B/(N (1 - d_A d_B))).
        var share = result.Agreement.Utilities[0];
        var scale = 1.0 / (steps * (1 - (discountA * discountB)));
        Assert.InRange(share, closedForm - scale, closedForm + (discountB * scale));
        // And the no-delay split is undiscounted: B gets the rest.
        Assert.Equal(1 - share, result.Agreement.DiscountedUtilities[1], 9);
    }
}
