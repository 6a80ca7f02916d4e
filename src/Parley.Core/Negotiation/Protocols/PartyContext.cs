using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation.OutcomeSearch;
using Parley.Randomness;

namespace Parley.Negotiation.Protocols;

/// <summary>
/// What a party knows when a negotiation starts: who it is, who else takes part (names only), its
/// own profile and precomputed outcome index, the protocol, the deadline, its own discount factor
/// and its random stream. It never holds another party's profile: strategies are built from this
/// alone, so they cannot see one.
/// </summary>
public sealed class PartyContext
{
    /// <summary>Creates the context.</summary>
    public PartyContext(
        string protocol,
        int index,
        ImmutableArray<string> partyNames,
        PreferenceProfile profile,
        int deadline,
        double? discount = null,
        ulong seed = 0,
        ulong stream = 0,
        int? patience = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if ((uint)index >= (uint)partyNames.Length)
        {
            throw new ModelException($"party index {index} is outside the {partyNames.Length} parties");
        }
        if (deadline < 1)
        {
            throw new ModelException($"the deadline is {deadline} rounds: give at least 1");
        }
        Protocol = protocol;
        Index = index;
        PartyNames = partyNames;
        Profile = profile;
        Outcomes = OutcomeIndex.For(profile);
        Deadline = deadline;
        Patience = patience is < 1 ? throw new ModelException($"the patience is {patience} rounds: give at least 1") : patience;
        Discount = discount;
        Seed = seed;
        Stream = stream;
    }

    /// <summary>The protocol's name.</summary>
    public string Protocol { get; }

    /// <summary>This party's index (its position in turn order and in utility vectors).</summary>
    public int Index { get; }

    /// <summary>This party's name.</summary>
    public string Name => PartyNames[Index];

    /// <summary>Every party's name.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>How many parties negotiate.</summary>
    public int PartyCount => PartyNames.Length;

    /// <summary>This party's own preferences.</summary>
    public PreferenceProfile Profile { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space => Profile.Space;

    /// <summary>This party's outcomes ordered by its own utility.</summary>
    public IOutcomeIndex Outcomes { get; }

    /// <summary>The last round.</summary>
    public int Deadline { get; }

    /// <summary>Rounds over which time-dependent strategies concede (null: the deadline).</summary>
    public int? Patience { get; }

    /// <summary>This party's discount factor per round, if any.</summary>
    public double? Discount { get; }

    /// <summary>The seed of this party's random stream.</summary>
    public ulong Seed { get; }

    /// <summary>This party's random stream number.</summary>
    public ulong Stream { get; }

    /// <summary>A fresh copy of this party's random stream.</summary>
    public CounterRandom CreateRandom() => new(Seed, Stream);
}
