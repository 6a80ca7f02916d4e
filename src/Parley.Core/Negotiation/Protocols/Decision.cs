namespace Parley.Negotiation.Protocols;

/// <summary>What a party may do on its turn.</summary>
public enum DecisionKind
{
    /// <summary>Accept the standing offer or the current text.</summary>
    Accept,

    /// <summary>
    /// Table an outcome: a counter-offer in alternating offers, the offer itself (or, from a
    /// responder, a rejection) in the ultimatum, and in the mediated protocol the text the party
    /// wants, which the protocol turns into one amendment per issue where it differs from the text.
    /// </summary>
    Offer,

    /// <summary>Leave the negotiation, ending it.</summary>
    Walkout,
}

/// <summary>A party's move: a kind and, for offers, the outcome's mixed-radix index.</summary>
/// <param name="Kind">What the party does.</param>
/// <param name="Outcome">The outcome tabled (for <see cref="DecisionKind.Offer"/>), else -1.</param>
public readonly record struct Decision(DecisionKind Kind, long Outcome)
{
    /// <summary>Accept what is on the table.</summary>
    public static Decision Accept => new(DecisionKind.Accept, -1);

    /// <summary>Walk out.</summary>
    public static Decision WalkOut => new(DecisionKind.Walkout, -1);

    /// <summary>Table outcome <paramref name="outcome"/>.</summary>
    public static Decision Offer(long outcome) => new(DecisionKind.Offer, outcome);
}
