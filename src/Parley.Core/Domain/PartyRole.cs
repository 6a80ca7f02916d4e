namespace Parley.Domain;

/// <summary>What a party is to the negotiation.</summary>
public enum PartyRole
{
    /// <summary>A side in the fighting; its acceptance is needed for any agreement.</summary>
    Belligerent,

    /// <summary>Drafts and revises texts; not a signatory.</summary>
    Mediator,

    /// <summary>Backs a belligerent and can pressure it.</summary>
    Patron,

    /// <summary>Guarantees or monitors an agreement.</summary>
    Guarantor,

    /// <summary>
    /// A coalition member of a belligerent (<see cref="Party.AllyOf"/>): not a signatory, but its side
    /// accepts no text that the ally vetoes (one below the ally's reservation value or across its red lines).
    /// </summary>
    Ally,
}
