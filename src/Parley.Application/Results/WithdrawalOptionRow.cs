using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>One withdrawal-line option: the area it leaves held, its share of the territory and the people inside.</summary>
public sealed record WithdrawalOptionRow(string Option, double AreaKm2, double ShareOfTerritory, double? PeopleInside)
{
    /// <summary>The option's label (e.g. "700 m (Jan 2025)").</summary>
    public string Option { get; } = Preconditions.Text(Option, "a withdrawal option's label");

    /// <summary>Area held, km².</summary>
    public double AreaKm2 { get; } = Preconditions.NonNegative(AreaKm2, $"withdrawal option '{Option}': the area");

    /// <summary>Area held over the territory's area (0..1).</summary>
    public double ShareOfTerritory { get; } = Preconditions.Share(ShareOfTerritory, $"withdrawal option '{Option}': the share");

    /// <summary>Pre-war population inside, when population data was available.</summary>
    public double? PeopleInside { get; } = PeopleInside is { } p ? Preconditions.NonNegative(p, $"withdrawal option '{Option}': the people inside") : null;
}
