using Parley.Domain.Preferences;
using Parley.Negotiation.OutcomeSearch;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Conflict.WarProcess.Talks;

/// <summary>
/// A belligerent with junior allies (<c>role: ally</c>, <c>ally_of</c>): it plays its own strategy,
/// but accepts no text that one of its allies vetoes, that is a text across the ally's red lines or
/// worth less to the ally than its stated reservation value (the ally's reservation does not move
/// with the war: an assumption, docs/war-process.md "Coalitions"). Instead of a vetoed acceptance it
/// asks for the frontier text best for itself among those every ally accepts, or walks out when there
/// is none. Each veto is counted in <see cref="TalksState"/> for the run's story.
/// </summary>
internal sealed class CoalitionVeto : Strategy
{
    private readonly Strategy _inner;
    private readonly int _side;
    private readonly PreferenceProfile[] _allies;
    private readonly WarRegime _regime;
    private readonly TalksState _state;

    public CoalitionVeto(PartyContext context, Strategy inner, int side, PreferenceProfile[] allies, WarRegime regime, TalksState state) : base(context)
    {
        _inner = inner;
        _side = side;
        _allies = allies;
        _regime = regime;
        _state = state;
    }

    /// <inheritdoc />
    public override double TargetUtility(PartyView view) => _inner.TargetUtility(view);

    /// <inheritdoc />
    public override string Justify(PartyView view, int issue, int from, int to) => _inner.Justify(view, issue, from, to);

    /// <inheritdoc />
    public override Decision Decide(PartyView view)
    {
        var decision = _inner.Decide(view);
        if (decision.Kind != DecisionKind.Accept)
        {
            return decision;
        }
        var vetoing = Vetoing(view.StandingDigits);
        if (vetoing < 0)
        {
            return decision;
        }
        _state.RecordVeto(_side, vetoing);
        // The best frontier text for this side that every ally accepts.
        var own = _side == 0 ? _regime.U0 : _regime.U1;
        var best = -1;
        Span<int> digits = stackalloc int[_regime.Problem.Space.IssueCount];
        for (var x = 0; x < own.Length; x++)
        {
            if (_regime.Codes[x] == view.StandingOutcome || (best >= 0 && own[x] <= own[best]))
            {
                continue;
            }
            _regime.Problem.Space.Decode(_regime.Codes[x], digits);
            if (Vetoing(digits) < 0)
            {
                best = x;
            }
        }
        return best >= 0 ? Decision.Offer(_regime.Codes[best]) : Decision.WalkOut;
    }

    /// <summary>The index of the first ally that vetoes the text, or −1.</summary>
    private int Vetoing(ReadOnlySpan<int> text)
    {
        for (var i = 0; i < _allies.Length; i++)
        {
            var ally = _allies[i];
            if ((!ally.RedLines.IsEmpty && ally.CrossedRedLine(text) is not null) || ally.Utility(text) < ally.ReservationValue - OutcomeIndex.Tolerance)
            {
                return i;
            }
        }
        return -1;
    }
}
