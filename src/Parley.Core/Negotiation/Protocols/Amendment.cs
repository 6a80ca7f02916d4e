namespace Parley.Negotiation.Protocols;

/// <summary>A party's proposed change to the mediator's text: a new value for one issue, with a justification.</summary>
/// <param name="Party">The proposing party's index.</param>
/// <param name="Issue">The issue's position in the space.</param>
/// <param name="Value">The proposed value's index.</param>
/// <param name="Justification">
/// Why the party asks for it, in its own words; null when the negotiation records no trace (the
/// words are written only for someone who reads them).
/// </param>
public readonly record struct Amendment(int Party, int Issue, int Value, string? Justification);
