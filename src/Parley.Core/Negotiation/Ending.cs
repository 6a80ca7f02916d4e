namespace Parley.Negotiation;

/// <summary>How a negotiation ended.</summary>
public enum Ending
{
    /// <summary>Every party whose consent is needed accepted the same text.</summary>
    Agreement,

    /// <summary>The last round passed without agreement (for the ultimatum: the offer was rejected).</summary>
    Deadline,

    /// <summary>A party walked out.</summary>
    Walkout,
}
