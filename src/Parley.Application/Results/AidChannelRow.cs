using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>One row of the land-vs-airdrop table: a delivery channel's daily volume, food, people fed and cost.</summary>
/// <param name="Channel">The channel (e.g. "Land crossings", "Airdrops").</param>
/// <param name="UnitsPerDay">Trucks or sorties per day.</param>
/// <param name="Unit">What <paramref name="UnitsPerDay"/> counts (e.g. "trucks", "sorties").</param>
/// <param name="FoodTonnesPerDay">Food tonnes arriving per day.</param>
/// <param name="PeopleFedEquivalent">kcal arriving per day over 2,100 kcal per person.</param>
/// <param name="CostUsdPerDay">Cost per day, USD.</param>
/// <param name="CostUsdPer1000Kcal">Cost per 1,000 kcal delivered, USD.</param>
public sealed record AidChannelRow(
    string Channel,
    double UnitsPerDay,
    string Unit,
    double FoodTonnesPerDay,
    double PeopleFedEquivalent,
    double CostUsdPerDay,
    double CostUsdPer1000Kcal)
{
    /// <summary>The channel.</summary>
    public string Channel { get; } = Preconditions.Text(Channel, "an aid channel's name");

    /// <summary>Trucks or sorties per day.</summary>
    public double UnitsPerDay { get; } = Preconditions.NonNegative(UnitsPerDay, $"aid channel '{Channel}': units per day");

    /// <summary>What the units are.</summary>
    public string Unit { get; } = Preconditions.Text(Unit, $"aid channel '{Channel}': the unit");

    /// <summary>Food tonnes per day.</summary>
    public double FoodTonnesPerDay { get; } = Preconditions.NonNegative(FoodTonnesPerDay, $"aid channel '{Channel}': food tonnes per day");

    /// <summary>People fed (kcal / 2,100).</summary>
    public double PeopleFedEquivalent { get; } = Preconditions.NonNegative(PeopleFedEquivalent, $"aid channel '{Channel}': people fed");

    /// <summary>USD per day.</summary>
    public double CostUsdPerDay { get; } = Preconditions.NonNegative(CostUsdPerDay, $"aid channel '{Channel}': cost per day");

    /// <summary>USD per 1,000 kcal (infinite when nothing arrives is not allowed: give a finite figure).</summary>
    public double CostUsdPer1000Kcal { get; } = Preconditions.NonNegative(CostUsdPer1000Kcal, $"aid channel '{Channel}': cost per 1,000 kcal");
}
