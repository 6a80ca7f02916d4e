using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// What the mediator knows: the space, the parties, the public history, the round, and, as in the
/// caucuses of a single-negotiating-text process (Raiffa; Fisher's Camp David text), what each
/// party has disclosed to it in confidence: its preferences and its current reservation value.
/// The mediator never passes these on; parties see only texts and amendments.
/// </summary>
public sealed class MediatorView
{
    /// <summary>Values closer than this count as tied when the mediator compares texts.</summary>
    public const double TieTolerance = 1e-12;

    private readonly double[] _reservations;
    private Randomness.CounterRandom _random;
    private CandidateValues? _candidates;

    private readonly Durability.IAgreementDurability? _durability;

    internal MediatorView(NegotiationDomain domain, NegotiationHistory history, double[] reservations, int deadline, ulong seed = 0, ulong stream = 0, CandidateValues? candidates = null, Durability.IAgreementDurability? durability = null)
    {
        _candidates = candidates;
        _durability = durability;
        _random = new Randomness.CounterRandom(seed, stream);
        Space = domain.Space;
        PartyNames = domain.PartyNames;
        Profiles = domain.Profiles;
        History = history;
        _reservations = reservations;
        Deadline = deadline;
    }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The parties' names.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>The parties' preferences, as disclosed to the mediator in caucus.</summary>
    public ImmutableArray<PreferenceProfile> Profiles { get; }

    /// <summary>The public history.</summary>
    public NegotiationHistory History { get; }

    /// <summary>The current round.</summary>
    public int Round { get; internal set; } = 1;

    /// <summary>The last round.</summary>
    public int Deadline { get; }

    /// <summary>Each party's current reservation value, as disclosed in caucus.</summary>
    public ReadOnlySpan<double> Reservations => _reservations;

    /// <summary>
    /// Breaks a tie among <paramref name="tied"/> texts found one by one (reservoir sampling: call it
    /// with 2, 3, ... as ties appear and keep the newest when it returns true), so that exact ties go to
    /// each tied text with equal chance, never to a party's position in the file or an issue's value
    /// order. Draws from the mediator's own random stream.
    /// </summary>
    public bool TakeTied(int tied) => tied <= 1 || _random.NextInt(tied) == 0;

    /// <summary>
    /// P(an agreement on the text holds), as the world of the negotiation supplies it (1 without one): each
    /// party values the text at S·u + (1 − S)·r (<see cref="Durability.IAgreementDurability"/>).
    /// </summary>
    public double Holds(ReadOnlySpan<int> text) => _durability is null ? 1 : Math.Clamp(_durability.Holds(text, _reservations), 0, 1);

    /// <summary>The candidate values and scratch the built-in mediators revise with (one set per negotiation).</summary>
    internal CandidateValues Candidates => _candidates ??= new CandidateValues(Space);

    /// <summary>Party <paramref name="party"/>'s utility of a text.</summary>
    public double Utility(int party, ReadOnlySpan<int> text) => Profiles[party].Utility(text);

    /// <summary>True when the text crosses none of party <paramref name="party"/>'s red lines.</summary>
    public bool WithinRedLines(int party, ReadOnlySpan<int> text) => Profiles[party].RedLines.IsEmpty || Profiles[party].CrossedRedLine(text) is null;
}
