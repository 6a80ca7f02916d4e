using Parley.Negotiation.OutcomeSearch;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Conflict.WarProcess.Talks;

/// <summary>
/// The war process's default strategy for a belligerent (<c>screening</c>): it accepts a text on the
/// table worth at least its value of fighting on and within its red lines, and otherwise asks for
/// the frontier text that maximises its expected payoff against its belief over the other side's
/// type, r + Pr(accept) x S x (u(text) − r), S the text's chance of holding once agreed
/// (<see cref="AgreementRisk"/>, at the other side's expected value of fighting on under its belief;
/// <see cref="OpponentTypes.Propose"/>; a screening
/// offer in the sense of Fudenberg and Tirole's one-sided screening games, docs/war-process.md
/// "Signalling"). With no text it expects to be accepted it asks for its best text within its red lines. It walks out
/// when its value of fighting on exceeds everything its red lines allow. Beliefs are updated by the
/// war process after each round (<see cref="TalksState.LearnFromRound"/>), not here.
/// </summary>
internal sealed class ScreeningStrategy : Strategy
{
    private readonly int _side;
    private readonly WarRegime _regime;
    private readonly TalksState _state;

    public ScreeningStrategy(PartyContext context, int side, WarRegime regime, TalksState state) : base(context)
    {
        _side = side;
        _regime = regime;
        _state = state;
    }

    /// <summary>Its best text within its red lines (with no text it expects to be accepted, it asks for this).</summary>
    private long OwnBest() => Context.Outcomes.Choose(Context.Outcomes.MaxUtility, 1, []).Outcome;

    /// <inheritdoc />
    public override double TargetUtility(PartyView view) => view.Reservation;

    /// <inheritdoc />
    public override Decision Decide(PartyView view)
    {
        var r = view.Reservation;
        var outcomes = Context.Outcomes;
        if (outcomes.IsEmpty || outcomes.MaxUtility < r - OutcomeIndex.Tolerance)
        {
            return Decision.WalkOut;
        }
        var profile = Context.Profile;
        if (view.HasStanding && view.StandingParty != Context.Index)
        {
            var digits = view.StandingDigits;
            if ((profile.RedLines.IsEmpty || profile.CrossedRedLine(digits) is null) && profile.Utility(digits) >= r - OutcomeIndex.Tolerance)
            {
                return Decision.Accept;
            }
        }
        var own = _side == 0 ? _regime.U0 : _regime.U1;
        var other = _side == 0 ? _regime.U1 : _regime.U0;
        var belief = _side == 0 ? _state.BeliefA : _state.BeliefB;
        var types = _side == 0 ? _state.TypeValuesOfB : _state.TypeValuesOfA;
        var holds = _state.Holds(_regime, _side, r, belief, types);
        var pick = OpponentTypes.Propose(belief, types, r, own, other, holds);
        var code = pick >= 0 ? _regime.Codes[pick] : OwnBest();
        if (view.HasStanding && code == view.StandingOutcome)
        {
            // Its pick is the text on the table yet worth less than fighting on (within the tolerance): it asks for its best text.
            code = OwnBest();
            return code == view.StandingOutcome ? Decision.WalkOut : Decision.Offer(code);
        }
        return Decision.Offer(code);
    }
}
