namespace Parley.Domain.Scenarios;

/// <summary>Whether a war aim leaves the opponent anything to accept.</summary>
public enum WarAimKind
{
    /// <summary>A share of a divisible stake, or a set of acceptable outcomes: bargaining can end the war.</summary>
    Limited,

    /// <summary>Eradication of the opponent or expulsion of a population: no agreement leaves the opponent above its reservation value.</summary>
    Unlimited,
}

/// <summary>
/// A party's war aim under one hypothesis. A limited aim is expressed by the party's profile and red
/// lines; an unlimited aim empties the bargaining range whatever the profiles say, and the analysis
/// and the simulation say so in words.
/// </summary>
public sealed record WarAim
{
    /// <summary>Creates the aim; the goal names it in messages ("expulsion", "hostages and security").</summary>
    public WarAim(WarAimKind kind, string goal, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(goal))
        {
            throw new ModelException("a war aim needs a goal, e.g. 'hostages and security' or 'expulsion'");
        }
        Kind = kind;
        Goal = goal;
        Description = description;
    }

    /// <summary>Limited or unlimited.</summary>
    public WarAimKind Kind { get; }

    /// <summary>What the party fights for, in a few words.</summary>
    public string Goal { get; }

    /// <summary>Optional longer description.</summary>
    public string? Description { get; }

    /// <summary>True for unlimited aims.</summary>
    public bool IsUnlimited => Kind == WarAimKind.Unlimited;
}
