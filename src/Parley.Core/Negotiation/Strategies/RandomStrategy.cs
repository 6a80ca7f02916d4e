using Parley.Negotiation.OutcomeSearch;
using Parley.Negotiation.Protocols;
using Parley.Randomness;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// A seeded random negotiator (a baseline): each turn it draws its next offer uniformly from the
/// outcomes its red lines allow that are worth at least its reservation value, using the party's
/// own <see cref="CounterRandom"/> stream, and accepts by the common rule (an offer at least as
/// good as the one it drew). Same seed, same moves.
/// </summary>
internal sealed class RandomStrategy : Strategy
{
    private CounterRandom _random;

    /// <summary>Creates the strategy.</summary>
    public RandomStrategy(PartyContext context) : base(context) => _random = context.CreateRandom();

    /// <summary>The reservation value: any outcome above it may be drawn.</summary>
    public override double TargetUtility(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Reservation;
    }

    /// <inheritdoc />
    protected override OutcomeChoice NextOffer(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Context.Outcomes.Random(ClampTarget(view, view.Reservation), ref _random);
    }
}
