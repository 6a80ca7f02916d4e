using Parley.Negotiation.Traces;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// One public move of a negotiation, as every party sees it: who did what in which round, and
/// which outcome or amendment it concerned. Moves carry no utilities: what a text is worth to
/// another party is that party's private information.
/// </summary>
/// <param name="Round">The round (1-based).</param>
/// <param name="Party">The party's index, or <see cref="Mediator"/> for the mediator.</param>
/// <param name="Action">What happened.</param>
/// <param name="Outcome">The outcome's index for offers, texts, revisions and acceptances; -1 otherwise.</param>
/// <param name="Issue">For an amendment, the issue's position; -1 otherwise.</param>
/// <param name="Value">For an amendment, the new value's index; -1 otherwise.</param>
/// <param name="Justification">For an amendment, the party's justification.</param>
public readonly record struct Move(int Round, int Party, TraceAction Action, long Outcome, int Issue = -1, int Value = -1, string? Justification = null)
{
    /// <summary>The party index used for the mediator.</summary>
    public const int Mediator = -1;
}
