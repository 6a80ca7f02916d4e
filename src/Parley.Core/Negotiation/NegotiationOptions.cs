using System.Collections.Immutable;
using Parley.Domain;
using Parley.Negotiation.Reservation;

namespace Parley.Negotiation;

/// <summary>How one negotiation is run: deadline, randomness, discounting, moving reservation values, tracing.</summary>
public sealed record NegotiationOptions
{
    private readonly int _deadline = 100;

    /// <summary>The last round (at least 1). What a round is depends on the protocol.</summary>
    public int Deadline
    {
        get => _deadline;
        init
        {
            if (value < 1)
            {
                throw new ModelException($"the deadline is {value} rounds: give at least 1");
            }
            _deadline = value;
        }
    }

    /// <summary>
    /// Rounds over which time-dependent strategies concede from their best text to their reservation
    /// value, counted from the start of the negotiation (an episode of talks); null: the deadline.
    /// With a patience shorter than the deadline, when a strategy reaches its reservation value no
    /// longer depends on the deadline (which then only ends the talks).
    /// </summary>
    public int? Patience { get; init; }

    /// <summary>The seed of every random stream in the negotiation.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// Which run this is (tournaments number their runs): party p draws from
    /// <see cref="Randomness.CounterRandom"/>(<see cref="Seed"/>, stream: RunIndex x 256 + p), so runs
    /// are independent of each other and of the order they execute in.
    /// </summary>
    public long RunIndex { get; init; }

    /// <summary>
    /// Optional per-party discount factor per round, each in (0, 1]: an agreement on a text tabled
    /// in round k is worth u x d^(k-1) to a party with factor d. Null: no discounting. (Profiles'
    /// own discount factors are not applied: GENIUS defines them per unit of normalised time.)
    /// </summary>
    public ImmutableArray<double>? Discounts { get; init; }

    /// <summary>Where reservation values come from each round; null keeps every profile's own value throughout.</summary>
    public IReservationValues? Reservations { get; init; }

    /// <summary>
    /// How likely an agreement on each text is to hold (<see cref="Durability.IAgreementDurability"/>); null:
    /// every agreement holds. The Nash mediator weighs each party's gain over its reservation value by it.
    /// </summary>
    public Durability.IAgreementDurability? Durability { get; init; }

    /// <summary>
    /// Who moves first where the protocol has a first mover (alternating offers: the party that
    /// opens); 0 by default. The war process sets it per scenario or draws it per run, so that the
    /// order of the sides in a file never decides it.
    /// </summary>
    public int FirstMover { get; init; }

    /// <summary>
    /// Whether to record the full trace (off in tournaments, where only outcomes count). Without it
    /// parties write no justifications for their amendments: the words are only for a reader.
    /// </summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>
    /// Arrays to reuse from the negotiation opened before with the same workspace, or null for fresh
    /// ones. A negotiation opened with a workspace can no longer be stepped or read once the next one opens.
    /// </summary>
    public Protocols.NegotiationWorkspace? Workspace { get; init; }

    /// <summary>Party p's random stream under these options.</summary>
    public ulong StreamFor(int party) => ((ulong)RunIndex * 256UL) + (ulong)party;

    /// <summary>Checks the per-party settings against a domain with <paramref name="parties"/> parties.</summary>
    public void Validate(int parties)
    {
        if (Patience is < 1)
        {
            throw new ModelException($"the patience is {Patience} rounds: give at least 1");
        }
        if (RunIndex < 0)
        {
            throw new ModelException($"run index {RunIndex} is negative");
        }
        if ((uint)FirstMover >= (uint)parties)
        {
            throw new ModelException($"first mover {FirstMover} is not one of the {parties} parties");
        }
        if (parties > 256)
        {
            throw new ModelException($"{parties} parties: at most 256 can negotiate");
        }
        if (Discounts is { } d)
        {
            if (d.Length != parties)
            {
                throw new ModelException($"{d.Length} discount factors were given for {parties} parties: give one per party");
            }
            foreach (var f in d)
            {
                if (!(f > 0 && f <= 1))
                {
                    throw new ModelException($"discount factor {f} is outside (0, 1]");
                }
            }
        }
    }
}
