namespace Parley.Negotiation.Protocols;

/// <summary>
/// What a party sees on its turn: its own context, the round and deadline, its own current
/// reservation value, what is on the table (the standing offer or the mediator's text) and the
/// public history. Nothing in it reveals another party's profile, reservation value or utility.
/// The protocol updates one view per party between turns; strategies must not keep references to
/// its spans.
/// </summary>
public sealed class PartyView
{
    private int _standingMove = -1;

    /// <summary>Creates the view of party <paramref name="context"/> over <paramref name="history"/>.</summary>
    public PartyView(PartyContext context, NegotiationHistory history)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(history);
        Context = context;
        History = history;
    }

    /// <summary>Who the party is and what it knows from the start.</summary>
    public PartyContext Context { get; }

    /// <summary>The public history.</summary>
    public NegotiationHistory History { get; }

    /// <summary>The current round (1-based).</summary>
    public int Round { get; private set; } = 1;

    /// <summary>The last round.</summary>
    public int Deadline => Context.Deadline;

    /// <summary>
    /// Normalised time t = (rounds completed) / deadline = (Round - 1) / Deadline, in [0, 1); with a
    /// patience, t = min(1, (Round - 1) / Patience): the rounds since the talks opened over the patience.
    /// </summary>
    public double Time => Context.Patience is { } patience ? Math.Min(1.0, (Round - 1) / (double)patience) : (Round - 1) / (double)Deadline;

    /// <summary>This party's reservation value in this round.</summary>
    public double Reservation { get; private set; }

    /// <summary>True when something is on the table for this party to accept.</summary>
    public bool HasStanding => _standingMove >= 0;

    /// <summary>The index of the outcome on the table, or -1.</summary>
    public long StandingOutcome => _standingMove >= 0 ? History[_standingMove].Outcome : -1;

    /// <summary>Who tabled it (<see cref="Move.Mediator"/> for the mediator's text), or -1 with nothing on the table.</summary>
    public int StandingParty => _standingMove >= 0 ? History[_standingMove].Party : -1;

    /// <summary>The value indices of the outcome on the table (empty with nothing on the table).</summary>
    public ReadOnlySpan<int> StandingDigits => _standingMove >= 0 ? History.Digits(_standingMove) : [];

    /// <summary>
    /// True when no offer or amendment made now could still be accepted before the deadline, so
    /// the only ways to an agreement are accepting what is on the table or nothing.
    /// </summary>
    public bool IsFinalChance { get; private set; }

    /// <summary>Moves the view to a new turn.</summary>
    internal void Set(int round, double reservation, int standingMove, bool finalChance)
    {
        Round = round;
        Reservation = reservation;
        _standingMove = standingMove;
        IsFinalChance = finalChance;
    }
}
