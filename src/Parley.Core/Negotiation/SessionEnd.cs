namespace Parley.Negotiation;

/// <summary>
/// How one negotiation session ended (agreement, deadline, walkout). Not to be confused with
/// <see cref="Parley.Domain.Endings.Ending"/>, how a war ended.
/// </summary>
public enum SessionEnd
{
    /// <summary>Every party whose consent is needed accepted the same text.</summary>
    Agreement,

    /// <summary>The last round passed without agreement (for the ultimatum: the offer was rejected).</summary>
    Deadline,

    /// <summary>A party walked out.</summary>
    Walkout,
}
