using System.Collections.Immutable;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation;

/// <summary>What came of one negotiation.</summary>
public sealed record NegotiationResult
{
    /// <summary>The protocol's name ("alternating", "mediated", "ultimatum").</summary>
    public required string Protocol { get; init; }

    /// <summary>The parties' names, in party order.</summary>
    public required ImmutableArray<string> PartyNames { get; init; }

    /// <summary>How it ended.</summary>
    public required SessionEnd Ending { get; init; }

    /// <summary>The round in which it ended (the number of rounds played).</summary>
    public required int Rounds { get; init; }

    /// <summary>The agreement, when there is one.</summary>
    public Agreement? Agreement { get; init; }

    /// <summary>The party that walked out, when one did.</summary>
    public int? WalkedOut { get; init; }

    /// <summary>
    /// What each party ends up with: its discounted utility of the agreement, or without agreement
    /// its reservation value in the final round (the value of going on fighting).
    /// </summary>
    public required ImmutableArray<double> Payoffs { get; init; }

    /// <summary>Each party's reservation value in the final round.</summary>
    public required ImmutableArray<double> FinalReservations { get; init; }

    /// <summary>Euclidean distance in utility space from the agreement to the nearest Pareto-optimal point (null without agreement or reference points).</summary>
    public double? DistanceToPareto { get; init; }

    /// <summary>Euclidean distance in utility space from the agreement to the Nash point (null without agreement or reference points).</summary>
    public double? DistanceToNash { get; init; }

    /// <summary>The full trace, when recorded.</summary>
    public NegotiationTrace? Trace { get; init; }
}
