namespace Parley.Negotiation.Protocols;

/// <summary>
/// One negotiation in progress, played one protocol round at a time. <see cref="IProtocol.Open"/>
/// starts it; each <see cref="Step"/> plays the next round (asking the reservation source for that
/// round's values first) and says whether the talks go on. A caller that runs something between
/// rounds (the war process fights a round of war) steps it itself; <see cref="RunToEnd"/> plays
/// every round up to the deadline, which is what <see cref="IProtocol.Run"/> does.
/// </summary>
public abstract class NegotiationRun
{
    private NegotiationResult? _result;

    private protected NegotiationRun(Session session)
    {
        Session = session;
    }

    /// <summary>The rounds played so far.</summary>
    public int Round { get; private set; }

    /// <summary>How the negotiation ended, or null while it goes on.</summary>
    public SessionEnd? Ending { get; private set; }

    /// <summary>The party that walked out, or -1.</summary>
    public int WalkedOut { get; private set; } = -1;

    /// <summary>The public record so far: every text, offer, amendment, acceptance and walkout.</summary>
    public NegotiationHistory History
    {
        get
        {
            Session.CheckWorkspace();
            return Session.History;
        }
    }

    /// <summary>Each party's reservation value in the last round played.</summary>
    public ReadOnlySpan<double> Reservations => Session.Reservations;

    /// <summary>The value indices of the agreed outcome (empty unless the ending is an agreement).</summary>
    public ReadOnlySpan<int> AgreedDigits => AgreedMove >= 0 ? History.Digits(AgreedMove) : [];

    /// <summary>The history index of the agreed move, or -1.</summary>
    public int AgreedMove { get; private set; } = -1;

    private protected Session Session { get; }

    /// <summary>Plays the next round; returns true while the negotiation goes on.</summary>
    public bool Step()
    {
        if (Ending is not null)
        {
            throw new InvalidOperationException($"the negotiation already ended ({Ending}) in round {Round}");
        }
        Session.CheckWorkspace();
        Round++;
        var outcome = PlayRound(Round);
        if (outcome.Ending is { } ending)
        {
            Ending = ending;
            AgreedMove = outcome.AgreedMove;
            WalkedOut = outcome.WalkedOut;
            return false;
        }
        return true;
    }

    /// <summary>Plays every remaining round and returns the result.</summary>
    public NegotiationResult RunToEnd()
    {
        while (Ending is null && Step())
        {
        }
        return Result;
    }

    /// <summary>The result (built once, when asked, after the negotiation ended).</summary>
    public NegotiationResult Result =>
        _result ??= Ending is { } ending
            ? FinishedSession().Finish(ending, Round, AgreedMove, WalkedOut)
            : throw new InvalidOperationException("the negotiation has not ended yet: step it to the end first");

    private Session FinishedSession()
    {
        Session.CheckWorkspace();
        return Session;
    }

    /// <summary>Plays round <paramref name="round"/> (1-based).</summary>
    private protected abstract RoundOutcome PlayRound(int round);

    /// <summary>What a round decided: nothing yet (null ending), an agreement on a move, a walkout or the deadline.</summary>
    private protected readonly record struct RoundOutcome(SessionEnd? Ending, int AgreedMove = -1, int WalkedOut = -1)
    {
        public static RoundOutcome Continue => default;
    }
}
