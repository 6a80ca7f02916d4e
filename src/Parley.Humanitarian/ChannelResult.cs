namespace Parley.Humanitarian;

/// <summary>One delivery channel's daily figures.</summary>
/// <param name="Channel">"Land crossings" or "Airdrops".</param>
/// <param name="UnitsPerDay">Trucks or sorties per day.</param>
/// <param name="FoodUnitsPerDay">Of which carrying food (trucks) or all sorties.</param>
/// <param name="FoodTonnesDelivered">Food tonnes per day that arrive (after losses).</param>
/// <param name="KcalDelivered">Energy per day that arrives.</param>
/// <param name="PeopleFedEquivalent">KcalDelivered / need per person: people a day's delivery could feed.</param>
/// <param name="CostUsdPerDay">Cost per day of the food-carrying units.</param>
/// <param name="CostPer1000Kcal">Cost per 1,000 kcal delivered (independent of volume).</param>
public sealed record ChannelResult(
    string Channel,
    double UnitsPerDay,
    double FoodUnitsPerDay,
    double FoodTonnesDelivered,
    double KcalDelivered,
    double PeopleFedEquivalent,
    double CostUsdPerDay,
    double CostPer1000Kcal);
