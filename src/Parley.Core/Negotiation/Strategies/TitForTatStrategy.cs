using Parley.Negotiation.Protocols;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// Naive tit-for-tat (relative tit-for-tat of Faratin et al., in its simplest form): the target
/// starts at the best allowed utility and, each time an opponent tables a new offer, moves by
/// as much as that opponent conceded in its last move by this party's estimate, i.e. the drop in
/// the frequency model's rating of its offer from its previous one to its latest (a hardening
/// opponent raises the target again). The target stays within [reservation, best].
/// </summary>
internal sealed class TitForTatStrategy : Strategy
{
    private readonly int[] _lastOfferMove;
    private readonly int[] _previousOfferMove;
    private double _target = double.NaN;
    private int _pendingParty = -1;

    /// <summary>Creates the strategy.</summary>
    public TitForTatStrategy(PartyContext context) : base(context)
    {
        _lastOfferMove = new int[context.PartyCount];
        _previousOfferMove = new int[context.PartyCount];
        Array.Fill(_lastOfferMove, -1);
        Array.Fill(_previousOfferMove, -1);
    }

    /// <inheritdoc />
    public override double TargetUtility(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (double.IsNaN(_target))
        {
            _target = Context.Outcomes.MaxUtility;
        }
        if (_pendingParty >= 0)
        {
            var p = _pendingParty;
            _pendingParty = -1;
            if (_previousOfferMove[p] >= 0)
            {
                var before = Model.Estimate(view.History.Digits(_previousOfferMove[p]));
                var after = Model.Estimate(view.History.Digits(_lastOfferMove[p]));
                _target -= before - after;
            }
        }
        _target = ClampTarget(view, _target);
        return _target;
    }

    /// <inheritdoc />
    protected override void OnOpponentOffer(PartyView view, int moveIndex)
    {
        ArgumentNullException.ThrowIfNull(view);
        var move = view.History[moveIndex];
        if (move.Action != TraceAction.Offer)
        {
            return;
        }
        _previousOfferMove[move.Party] = _lastOfferMove[move.Party];
        _lastOfferMove[move.Party] = moveIndex;
        _pendingParty = move.Party;
    }
}
