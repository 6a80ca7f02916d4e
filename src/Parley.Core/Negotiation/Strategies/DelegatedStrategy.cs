using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// A party whose moves are decided outside the engine (a person at a web page, a script): on each turn
/// it works out what an agent in its seat would do (its <see cref="Advisor"/>), then asks
/// <see cref="Decide"/>'s callback for the move, handing it the party's own view and that advice. The
/// callback sees only what the party may see (<see cref="PartyView"/>: its own profile and the public
/// history). The advisor's target stands in for this party's target, so justifications and the
/// opponent model work as for any strategy.
/// </summary>
public sealed class DelegatedStrategy : Strategy
{
    private readonly Func<PartyView, Decision, Decision> _decide;

    /// <summary>Creates the party's strategy: <paramref name="advisor"/> built for the same context, <paramref name="decide"/> the outside decision.</summary>
    public DelegatedStrategy(PartyContext context, Strategy advisor, Func<PartyView, Decision, Decision> decide)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(decide);
        if (!ReferenceEquals(advisor.Context, context))
        {
            throw new ArgumentException("the advisor must be built for the same party context", nameof(advisor));
        }
        Advisor = advisor;
        _decide = decide;
    }

    /// <summary>The agent that would sit in this seat: its decision is the advice.</summary>
    public Strategy Advisor { get; }

    /// <summary>A spec that seats a delegated party with an <paramref name="advisor"/> agent (e.g. <c>StrategyCatalog.Get("boulware")</c>).</summary>
    public static StrategySpec Spec(StrategySpec advisor, Func<PartyView, Decision, Decision> decide)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        return new StrategySpec("delegated", context => new DelegatedStrategy(context, advisor.Create(context), decide));
    }

    /// <inheritdoc />
    public override double TargetUtility(PartyView view) => Advisor.TargetUtility(view);

    /// <inheritdoc />
    public override Decision Decide(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var advice = Advisor.Decide(view);
        return _decide(view, advice);
    }
}
