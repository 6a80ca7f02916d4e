using Parley.Domain.Preferences;

namespace Parley.Domain;

/// <summary>A party to the negotiation: a name, a role, and (for those whose consent is needed) a preference profile.</summary>
public sealed record Party
{
    /// <summary>Creates the party; belligerents must have a profile.</summary>
    public Party(string name, PartyRole role, PreferenceProfile? profile, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ModelException("a party has an empty name: give every party a name");
        }
        if (role == PartyRole.Belligerent && profile is null)
        {
            throw new ModelException($"belligerent '{name}' has no preference profile: give it weights and values");
        }
        Name = name;
        Role = role;
        Profile = profile;
        Description = description;
    }

    /// <summary>The party's name.</summary>
    public string Name { get; }

    /// <summary>Its role.</summary>
    public PartyRole Role { get; }

    /// <summary>Its preferences, when it has any.</summary>
    public PreferenceProfile? Profile { get; }

    /// <summary>Optional free text.</summary>
    public string? Description { get; }

    /// <summary>For an ally, the belligerent whose acceptance it can veto.</summary>
    public string? AllyOf { get; init; }

    /// <summary>The party's war aim, when the scenario states one.</summary>
    public Scenarios.WarAim? WarAim { get; init; }

    /// <summary>True when this party's consent is needed for an agreement (belligerents).</summary>
    public bool IsSignatory => Role == PartyRole.Belligerent;
}
