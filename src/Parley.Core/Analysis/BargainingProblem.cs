using System.Collections.Immutable;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Analysis;

/// <summary>
/// What static bargaining analysis looks at: an outcome space and the profiles of the parties whose
/// consent an agreement needs, in a fixed order (the order of utilities in every result).
/// </summary>
public sealed class BargainingProblem
{
    /// <summary>Creates the problem; needs at least two parties whose profiles share the space.</summary>
    public BargainingProblem(OutcomeSpace space, IEnumerable<string> partyNames, IEnumerable<PreferenceProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(space);
        Space = space;
        PartyNames = partyNames.ToImmutableArray();
        Profiles = profiles.ToImmutableArray();
        if (Profiles.Length < 2)
        {
            throw new ModelException($"bargaining needs at least two parties with profiles, but {Profiles.Length} were given");
        }
        if (PartyNames.Length != Profiles.Length)
        {
            throw new ModelException($"{PartyNames.Length} party names for {Profiles.Length} profiles: give one name per profile");
        }
        foreach (var p in Profiles)
        {
            if (!ReferenceEquals(p.Space, space))
            {
                throw new ModelException($"profile '{p.Name}' is defined on another outcome space");
            }
        }
    }

    /// <summary>Each party's war aim (null where none is stated), in party order.</summary>
    public ImmutableArray<Domain.Scenarios.WarAim?> WarAims { get; init; } = [];

    /// <summary>The same problem with war aims attached (one per party, null for none).</summary>
    public BargainingProblem WithWarAims(IEnumerable<Domain.Scenarios.WarAim?> aims)
    {
        var list = aims.ToImmutableArray();
        if (list.Length != PartyCount)
        {
            throw new ModelException($"{list.Length} war aims for {PartyCount} parties");
        }
        return new BargainingProblem(Space, PartyNames, Profiles) { WarAims = list };
    }

    /// <summary>The outcome space.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>Party names, in result order.</summary>
    public ImmutableArray<string> PartyNames { get; }

    /// <summary>Profiles, in result order.</summary>
    public ImmutableArray<PreferenceProfile> Profiles { get; }

    /// <summary>Number of parties.</summary>
    public int PartyCount => Profiles.Length;

    /// <summary>Each party's reservation value.</summary>
    public ImmutableArray<double> ReservationValues => Profiles.Select(p => p.ReservationValue).ToImmutableArray();

    /// <summary>True when every profile is additive with per-issue red lines only, so nothing need be enumerated.</summary>
    public bool IsAdditive => Profiles.All(p => p.IsAdditive);

    /// <summary>The same problem with party <paramref name="party"/>'s profile replaced.</summary>
    public BargainingProblem WithProfile(int party, PreferenceProfile profile) =>
        new(Space, PartyNames, Profiles.SetItem(party, profile)) { WarAims = WarAims };

    /// <summary>For each issue, the values that every party's per-issue red lines allow.</summary>
    public int[][] AllowedOptions()
    {
        var result = new int[Space.IssueCount][];
        for (var i = 0; i < Space.IssueCount; i++)
        {
            var list = new List<int>(Space.Radices[i]);
            for (var v = 0; v < Space.Radices[i]; v++)
            {
                if (Profiles.All(p => p.IsAllowed(i, v)))
                {
                    list.Add(v);
                }
            }
            result[i] = [.. list];
        }
        return result;
    }

    /// <summary>Every party's utility for an outcome.</summary>
    public ImmutableArray<double> Utilities(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Profiles.Select(p => p.Utility(outcome)).ToImmutableArray();
    }
}
