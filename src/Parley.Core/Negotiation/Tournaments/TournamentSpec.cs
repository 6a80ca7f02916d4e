using System.Collections.Immutable;
using Parley.Domain;
using Parley.Negotiation.Protocols;
using Parley.Negotiation.Strategies;

namespace Parley.Negotiation.Tournaments;

/// <summary>
/// A tournament: every domain, every seed, and every assignment of the strategies to the
/// domain's parties (all ordered tuples with repetition, so each strategy plays every role
/// against every strategy, itself included: for two parties and strategies A, B the matches are
/// A-A, A-B, B-A, B-B).
/// </summary>
public sealed record TournamentSpec
{
    private readonly int _seeds = 1;
    private readonly int _deadline = 100;

    /// <summary>The domains.</summary>
    public required ImmutableArray<NegotiationDomain> Domains { get; init; }

    /// <summary>The strategies.</summary>
    public required ImmutableArray<StrategySpec> Strategies { get; init; }

    /// <summary>How many times each match is played (each with its own random streams); at least 1.</summary>
    public int Seeds
    {
        get => _seeds;
        init => _seeds = value >= 1 ? value : throw new ModelException($"a tournament needs at least 1 seed, not {value}");
    }

    /// <summary>The base seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>Each negotiation's deadline in rounds (at least 1).</summary>
    public int Deadline
    {
        get => _deadline;
        init => _deadline = value >= 1 ? value : throw new ModelException($"the deadline is {value} rounds: give at least 1");
    }

    /// <summary>The protocol (alternating offers by default).</summary>
    public IProtocol Protocol { get; init; } = new AlternatingOffersProtocol();

    /// <summary>At most this many negotiations at once; null uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
