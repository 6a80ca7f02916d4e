using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation.Traces;

namespace Parley.Negotiation;

/// <summary>
/// What is negotiated and by whom: an outcome space, the negotiating parties' names and their
/// preference profiles (party i holds profile i and, in alternating offers, moves i-th), and
/// optionally the reference points (Pareto frontier, Nash point) that agreements are measured
/// against. Immutable and safe to share between threads.
/// </summary>
public sealed class NegotiationDomain
{
    /// <summary>Creates the domain; needs at least two parties with distinct names and one profile each on <paramref name="space"/>.</summary>
    public NegotiationDomain(
        OutcomeSpace space,
        IEnumerable<string> partyNames,
        IEnumerable<PreferenceProfile> profiles,
        IReferencePoints? referencePoints = null,
        string? name = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(partyNames);
        ArgumentNullException.ThrowIfNull(profiles);
        PartyNames = partyNames.ToImmutableArray();
        Profiles = profiles.ToImmutableArray();
        if (PartyNames.Length < 2)
        {
            throw new ModelException($"a negotiation needs at least two parties, but {PartyNames.Length} were given");
        }
        if (Profiles.Length != PartyNames.Length)
        {
            throw new ModelException($"{PartyNames.Length} parties were given with {Profiles.Length} profiles: give one profile per party");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in PartyNames)
        {
            if (string.IsNullOrWhiteSpace(n))
            {
                throw new ModelException("a negotiating party has an empty name: name every party");
            }
            if (!seen.Add(n))
            {
                throw new ModelException($"party '{n}' is listed twice: party names must be distinct");
            }
        }
        for (var p = 0; p < Profiles.Length; p++)
        {
            if (!ReferenceEquals(Profiles[p].Space, space))
            {
                throw new ModelException($"the profile of party '{PartyNames[p]}' is defined on another outcome space: build all profiles on the negotiated space");
            }
        }
        if (referencePoints is not null && referencePoints.NashPoint.Length is var k && k != 0 && k != PartyNames.Length)
        {
            throw new ModelException($"the reference Nash point has {k} utilities for {PartyNames.Length} parties");
        }
        Space = space;
        ReferencePoints = referencePoints;
        Name = name ?? string.Join(" vs ", PartyNames);
    }

    /// <summary>A label for tables and messages.</summary>
    public string Name { get; }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>The parties' names, in turn order.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>One profile per party.</summary>
    public ImmutableArray<PreferenceProfile> Profiles { get; }

    /// <summary>Pareto frontier and Nash point, when known.</summary>
    public IReferencePoints? ReferencePoints { get; }

    /// <summary>Number of parties.</summary>
    public int PartyCount => PartyNames.Length;

    /// <summary>The same domain with reference points attached.</summary>
    public NegotiationDomain WithReferencePoints(IReferencePoints referencePoints) =>
        new(Space, PartyNames, Profiles, referencePoints, Name);

    /// <summary>The same domain with the Pareto frontier and Nash point computed by bargaining analysis.</summary>
    public NegotiationDomain WithAnalysis() => WithReferencePoints(AnalysisReferencePoints.For(this));
}
