using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// Adaptive aspiration level, after the aspiration-adaptation idea of Siegel and Fouraker (1960)
/// and Sauermann and Selten (known here second-hand): the aspiration starts at the best allowed
/// utility and, from the party's second turn on, moves a fraction <see cref="Rate"/> of the way
/// towards the best offer received so far (by own utility; the reservation value before any
/// offer, and never below it): a ← a − rate·(a − max(r, best received)). So the party settles
/// towards what the others have shown they would give, fast against generous opponents and slowly
/// towards its reservation value against stubborn ones.
/// </summary>
internal sealed class AspirationStrategy : Strategy
{
    /// <summary>The default adjustment per own turn.</summary>
    public const double DefaultRate = 0.05;

    private double _aspiration = double.NaN;
    private double _bestReceived = double.NegativeInfinity;

    /// <summary>Creates the strategy with adjustment rate <paramref name="rate"/> in (0, 1].</summary>
    public AspirationStrategy(PartyContext context, double rate = DefaultRate) : base(context)
    {
        if (!(rate > 0 && rate <= 1))
        {
            throw new ModelException($"aspiration adjustment rate {rate} must be in (0, 1]");
        }
        Rate = rate;
    }

    /// <summary>The fraction of the gap closed per own turn.</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public override double TargetUtility(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (double.IsNaN(_aspiration))
        {
            _aspiration = Context.Outcomes.MaxUtility;
        }
        else
        {
            var anchor = Math.Max(view.Reservation, _bestReceived);
            _aspiration -= Rate * (_aspiration - anchor);
        }
        _aspiration = ClampTarget(view, _aspiration);
        return _aspiration;
    }

    /// <inheritdoc />
    protected override void OnOpponentOffer(PartyView view, int moveIndex)
    {
        ArgumentNullException.ThrowIfNull(view);
        var digits = view.History.Digits(moveIndex);
        var profile = Context.Profile;
        if (profile.RedLines.IsEmpty || profile.CrossedRedLine(digits) is null)
        {
            _bestReceived = Math.Max(_bestReceived, profile.Utility(digits));
        }
    }
}
