using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Traces;

/// <summary>
/// One event of a negotiation with every party's utility of the text it concerns: for an offer,
/// the offer; for an acceptance, the accepted text; for an amendment, the current text with just
/// that amendment applied (so the trace shows what each amendment does to each side); for a text
/// or revision, the text. Walkouts carry no outcome.
/// </summary>
/// <param name="Round">The round (1-based).</param>
/// <param name="Actor">The party's name, or <see cref="NegotiationTrace.MediatorName"/>.</param>
/// <param name="Action">What happened.</param>
/// <param name="Outcome">The text concerned, or null.</param>
/// <param name="Utilities">Every party's utility of <paramref name="Outcome"/>, in party order (empty when there is no outcome).</param>
/// <param name="Issue">For an amendment, the issue's name.</param>
/// <param name="Value">For an amendment, the new value as text.</param>
/// <param name="Justification">For an amendment, the party's justification; for a revision, the mediator's rule.</param>
public sealed record TraceEvent(
    int Round,
    string Actor,
    TraceAction Action,
    Outcome? Outcome,
    ImmutableArray<double> Utilities,
    string? Issue = null,
    string? Value = null,
    string? Justification = null);
