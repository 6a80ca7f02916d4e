namespace Parley.Humanitarian;

/// <summary>What the humanitarian model gives for one round under given aid terms.</summary>
/// <param name="Terms">The aid terms applied.</param>
/// <param name="Administration">Who runs distribution.</param>
/// <param name="Population">People.</param>
/// <param name="NeedKcalPerDay">Population × need per person.</param>
/// <param name="Land">Land crossings.</param>
/// <param name="Airdrops">Airdrops.</param>
/// <param name="DistributionReach">People the distribution points can serve per day.</param>
/// <param name="UsableKcalPerDay">Energy that reaches people: land food up to the points' reach, plus airdrops, capped at need.</param>
/// <param name="ShareOfNeedMet">UsableKcalPerDay / NeedKcalPerDay.</param>
/// <param name="Signal">The humanitarian cost signal for the war process.</param>
/// <param name="RafahOpen">Whether Rafah is open.</param>
/// <param name="EvacuationsPerDay">Medical evacuations per day through Rafah.</param>
/// <param name="DaysToClearBacklogLow">Days to evacuate the low estimate of waiting patients (null when closed).</param>
/// <param name="DaysToClearBacklogHigh">Days to evacuate the high estimate (null when closed).</param>
public sealed record HumanitarianRound(
    AidTerms Terms,
    AidAdministration Administration,
    double Population,
    double NeedKcalPerDay,
    ChannelResult Land,
    ChannelResult Airdrops,
    double DistributionReach,
    double UsableKcalPerDay,
    double ShareOfNeedMet,
    HumanitarianSignal Signal,
    bool RafahOpen,
    double EvacuationsPerDay,
    double? DaysToClearBacklogLow,
    double? DaysToClearBacklogHigh)
{
    /// <summary>Airdrop cost per 1,000 kcal over land cost per 1,000 kcal (how many times dearer).</summary>
    public double AirdropToLandCostRatio => Land.CostPer1000Kcal > 0 ? Airdrops.CostPer1000Kcal / Land.CostPer1000Kcal : double.PositiveInfinity;
}
