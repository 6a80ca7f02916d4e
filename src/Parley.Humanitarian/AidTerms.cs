namespace Parley.Humanitarian;

/// <summary>
/// The aid terms of an agreement text; null fields leave the baseline unchanged.
/// </summary>
/// <param name="TrucksPerDay">Trucks per day agreed (the fuel share of the baseline is kept).</param>
/// <param name="Administration">Who runs distribution.</param>
/// <param name="RafahOpen">Whether Rafah is open.</param>
/// <param name="AirdropSortiesPerDay">Airdrop sorties per day.</param>
public sealed record AidTerms(double? TrucksPerDay = null, AidAdministration? Administration = null, bool? RafahOpen = null, double? AirdropSortiesPerDay = null)
{
    /// <summary>No change from the baseline.</summary>
    public static AidTerms None { get; } = new();
}
