using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>Aid by truck through the land crossings.</summary>
/// <param name="TrucksPerDay">Trucks entering per day (all cargo) under the reference terms whose mix <paramref name="FuelTrucksPerDay"/> states; also the trucks without an agreement unless <see cref="TrucksWithoutAgreement"/> says otherwise.</param>
/// <param name="FuelTrucksPerDay">Of which fuel tankers (no food).</param>
/// <param name="TonnesPerTruck">Payload per truck.</param>
/// <param name="FoodShare">Share of non-fuel trucks carrying food (0..1).</param>
/// <param name="KcalPerKg">Energy per kg of the food carried.</param>
/// <param name="CostPerTruckUsd">Cost of one truckload delivered (transport and handling).</param>
public sealed record LandCrossings(
    SourcedNumber TrucksPerDay,
    SourcedNumber FuelTrucksPerDay,
    SourcedNumber TonnesPerTruck,
    SourcedNumber FoodShare,
    SourcedNumber KcalPerKg,
    SourcedNumber CostPerTruckUsd)
{
    /// <summary>Trucks entering per day without an agreement (the situation of the time), when it differs from <see cref="TrucksPerDay"/>.</summary>
    public SourcedNumber? TrucksWithoutAgreement { get; init; }

    /// <summary>Trucks per day without an agreement: <see cref="TrucksWithoutAgreement"/>, else <see cref="TrucksPerDay"/>.</summary>
    public double BaselineTrucksPerDay => TrucksWithoutAgreement?.Value ?? TrucksPerDay.Value;

    /// <summary>Share of trucks that carry fuel, from the reference mix.</summary>
    public double FuelShare => TrucksPerDay.Value > 0 ? FuelTrucksPerDay.Value / TrucksPerDay.Value : 0;

    /// <summary>Checks ranges; throws <see cref="ModelException"/> naming the field to fix.</summary>
    public void Validate()
    {
        if (TrucksWithoutAgreement is { } without)
        {
            Preconditions.NonNegative(without.Value, "land.trucks_without_agreement");
        }
        Preconditions.NonNegative(TrucksPerDay.Value, "land.trucks_per_day");
        Preconditions.NonNegative(FuelTrucksPerDay.Value, "land.fuel_trucks_per_day");
        if (FuelTrucksPerDay.Value > TrucksPerDay.Value)
        {
            throw new ModelException($"land.fuel_trucks_per_day ({FuelTrucksPerDay.Value}) exceeds land.trucks_per_day ({TrucksPerDay.Value})");
        }
        Preconditions.Positive(TonnesPerTruck.Value, "land.tonnes_per_truck");
        Preconditions.Share(FoodShare.Value, "land.food_share");
        Preconditions.Positive(KcalPerKg.Value, "land.kcal_per_kg");
        Preconditions.NonNegative(CostPerTruckUsd.Value, "land.cost_per_truck_usd");
    }
}
