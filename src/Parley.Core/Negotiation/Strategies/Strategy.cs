using Parley.Negotiation.OpponentModels;
using Parley.Negotiation.OutcomeSearch;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Strategies;

/// <summary>
/// A negotiating party's behaviour, built from its <see cref="PartyContext"/> alone (so it cannot
/// see other parties' profiles) and asked for a <see cref="Decision"/> on each of its turns.
/// The base class implements the common scheme of the issue: a target utility per turn
/// (<see cref="TargetUtility"/>, the part each strategy defines); the offer is the outcome at or
/// above the target that a frequency opponent model rates best for the other parties, searched
/// among the <see cref="OfferWindow"/> outcomes closest above the target in the party's
/// precomputed index (never a scan of the space); an offer on the table is accepted when it
/// crosses no red line, is worth at least the reservation value and at least what the party
/// would offer next (or, when no new offer could still be accepted in time, whenever it beats
/// the reservation value); a party walks out when its reservation value exceeds everything
/// its red lines allow.
/// </summary>
public abstract class Strategy
{
    /// <summary>The default number of candidate outcomes scored by the opponent model.</summary>
    public const int DefaultOfferWindow = 32;

    private int _seen;
    private FrequencyOpponentModel? _model;

    /// <summary>Creates the strategy for one party in one negotiation.</summary>
    protected Strategy(PartyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    /// <summary>Who this party is and what it knows.</summary>
    public PartyContext Context { get; }

    /// <summary>How many outcomes just above the target the opponent model chooses among.</summary>
    public int OfferWindow { get; init; } = DefaultOfferWindow;

    /// <summary>
    /// What this party has learnt of the others' preferences from their offers and amendments (built
    /// on first use, so a strategy that decides without it allocates none).
    /// </summary>
    protected FrequencyOpponentModel Model => _model ??= new FrequencyOpponentModel(Context.Space, Context.PartyCount);

    /// <summary>The utility this party aims for on this turn (clamped by the caller to [reservation, best]).</summary>
    public abstract double TargetUtility(PartyView view);

    /// <summary>Decides this turn's move.</summary>
    public virtual Decision Decide(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Observe(view);
        var outcomes = Context.Outcomes;
        if (outcomes.IsEmpty || outcomes.MaxUtility < view.Reservation - OutcomeIndex.Tolerance)
        {
            return Decision.WalkOut;
        }
        var next = NextOffer(view);
        if (view.HasStanding && Accepts(view, next))
        {
            return Decision.Accept;
        }
        return next.Found ? Decision.Offer(next.Outcome) : Decision.WalkOut;
    }

    /// <summary>A free-text justification for asking <paramref name="to"/> instead of <paramref name="from"/> on issue <paramref name="issue"/>.</summary>
    public virtual string Justify(PartyView view, int issue, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(view);
        var space = Context.Space;
        var table = Context.Profile.IssueUtilities(issue);
        var gain = table[to] - table[from];
        var name = space.Issues[issue].Name;
        var (toText, fromText) = (space.Issues[issue].FormatValue(to), space.Issues[issue].FormatValue(from));
        return gain >= 0
            ? $"{Context.Name} asks for '{toText}' rather than '{fromText}' on {name}: it is worth {gain:0.###} more to {Context.Name}"
            : $"{Context.Name} offers '{toText}' rather than '{fromText}' on {name} as part of its package: a concession worth {-gain:0.###} to {Context.Name}";
    }

    /// <summary>The outcome to table next: by default the opponent model's pick at or above the target.</summary>
    protected virtual OutcomeChoice NextOffer(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var target = ClampTarget(view, TargetUtility(view));
        return Context.Outcomes.Choose(target, OfferWindow, Model.Scores());
    }

    /// <summary>Clamps a target to [reservation, best allowed utility].</summary>
    protected double ClampTarget(PartyView view, double target)
    {
        ArgumentNullException.ThrowIfNull(view);
        var max = Context.Outcomes.MaxUtility;
        var min = Math.Min(view.Reservation, max);
        return double.IsNaN(target) ? max : Math.Clamp(target, min, max);
    }

    /// <summary>The acceptance rule (see the class summary).</summary>
    protected virtual bool Accepts(PartyView view, OutcomeChoice next)
    {
        ArgumentNullException.ThrowIfNull(view);
        var digits = view.StandingDigits;
        var profile = Context.Profile;
        if (!profile.RedLines.IsEmpty && profile.CrossedRedLine(digits) is not null)
        {
            return false;
        }
        var u = profile.Utility(digits);
        if (u < view.Reservation - OutcomeIndex.Tolerance)
        {
            return false;
        }
        return view.IsFinalChance || !next.Found || u >= next.Utility - OutcomeIndex.Tolerance;
    }

    /// <summary>Called for each new offer by another party (after the model has learnt from it).</summary>
    protected virtual void OnOpponentOffer(PartyView view, int moveIndex) { }

    /// <summary>Feeds the opponent model every move made since this party's last turn.</summary>
    protected void Observe(PartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var history = view.History;
        for (; _seen < history.Count; _seen++)
        {
            var move = history[_seen];
            if (move.Party == Context.Index || move.Party < 0)
            {
                continue;
            }
            if (move.Action == TraceAction.Offer)
            {
                Model.ObserveOffer(move.Party, history.Digits(_seen));
                OnOpponentOffer(view, _seen);
            }
            else if (move.Action == TraceAction.Amendment)
            {
                Model.ObserveValue(move.Issue, move.Value);
            }
        }
    }
}
