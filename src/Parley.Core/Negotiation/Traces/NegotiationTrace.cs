using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Traces;

/// <summary>Everything that happened in one negotiation, in order.</summary>
/// <param name="Space">The outcome space (to name issues and values).</param>
/// <param name="PartyNames">The parties, in the order of each event's utilities.</param>
/// <param name="Events">The events.</param>
public sealed record NegotiationTrace(OutcomeSpace Space, ImmutableArray<string> PartyNames, ImmutableArray<TraceEvent> Events)
{
    /// <summary>The actor name used for the mediator.</summary>
    public const string MediatorName = "mediator";
}
