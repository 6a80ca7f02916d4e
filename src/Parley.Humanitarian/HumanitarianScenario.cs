using Parley.Domain;

namespace Parley.Humanitarian;

/// <summary>
/// The inputs of the humanitarian model: population and need, delivery channels, distribution
/// networks, the evacuation crossing (Rafah in the Gaza scenario), the administration in place, and how many days one round lasts.
/// Read from the <c>humanitarian:</c> section of a scenario file by the formats layer.
/// </summary>
public sealed record HumanitarianScenario
{
    /// <summary>Creates and validates the inputs.</summary>
    public HumanitarianScenario(
        SourcedNumber population,
        SourcedNumber needKcalPerPersonDay,
        LandCrossings land,
        Airdrops airdrops,
        IReadOnlyDictionary<AidAdministration, DistributionNetwork> networks,
        AidAdministration administration,
        EvacuationCrossing crossing,
        SourcedNumber daysPerRound,
        IReadOnlyList<(string Name, SourcedNumber Value)> reportedRatios)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(needKcalPerPersonDay);
        ArgumentNullException.ThrowIfNull(land);
        ArgumentNullException.ThrowIfNull(airdrops);
        ArgumentNullException.ThrowIfNull(networks);
        ArgumentNullException.ThrowIfNull(crossing);
        ArgumentNullException.ThrowIfNull(daysPerRound);
        ArgumentNullException.ThrowIfNull(reportedRatios);
        Preconditions.Positive(population.Value, "population");
        Preconditions.Positive(needKcalPerPersonDay.Value, "need_kcal_per_person_day");
        Preconditions.Positive(daysPerRound.Value, "days_per_round");
        land.Validate();
        airdrops.Validate();
        crossing.Validate();
        foreach (var (key, net) in networks)
        {
            net.Validate($"distribution.{AidAdministrationNames.Key(key)}");
        }
        if (!networks.ContainsKey(AidAdministration.Un) || !networks.ContainsKey(AidAdministration.AlternativeScheme))
        {
            throw new Domain.ModelException("distribution needs both an 'un' and an 'alternative' network (mixed uses both)");
        }
        Population = population;
        NeedKcalPerPersonDay = needKcalPerPersonDay;
        Land = land;
        Airdrops = airdrops;
        Networks = networks;
        Administration = administration;
        Crossing = crossing;
        DaysPerRound = daysPerRound;
        ReportedRatios = reportedRatios;
    }

    /// <summary>People to feed.</summary>
    public SourcedNumber Population { get; init; }

    /// <summary>Energy need per person per day (Sphere: 2,100 kcal).</summary>
    public SourcedNumber NeedKcalPerPersonDay { get; init; }

    /// <summary>Trucks through the land crossings.</summary>
    public LandCrossings Land { get; init; }

    /// <summary>Airdrops.</summary>
    public Airdrops Airdrops { get; init; }

    /// <summary>Distribution networks by administration.</summary>
    public IReadOnlyDictionary<AidAdministration, DistributionNetwork> Networks { get; init; }

    /// <summary>Who runs distribution without an agreement.</summary>
    public AidAdministration Administration { get; init; }

    /// <summary>The crossing for medical evacuations (the scenario key <c>rafah</c>).</summary>
    public EvacuationCrossing Crossing { get; init; }

    /// <summary>Days in one negotiation round (the war process's step).</summary>
    public SourcedNumber DaysPerRound { get; init; }

    /// <summary>Ratios reported in the facts file, shown next to the model's own (not used in the arithmetic).</summary>
    public IReadOnlyList<(string Name, SourcedNumber Value)> ReportedRatios { get; init; }

    /// <summary>Titles of the cited sources by id (empty when the file has no sources list).</summary>
    public IReadOnlyDictionary<string, string> SourceTitles { get; init; } = new Dictionary<string, string>();

    /// <summary>The title of a source id, or the id itself when unknown.</summary>
    public string SourceTitle(string? id) => id is not null && SourceTitles.TryGetValue(id, out var t) ? t : id ?? "";

    /// <summary>Every number with its path in the YAML file, for audits and the facts-file test.</summary>
    public IEnumerable<(string Path, SourcedNumber Number)> Numbers()
    {
        yield return ("population", Population);
        yield return ("need_kcal_per_person_day", NeedKcalPerPersonDay);
        yield return ("days_per_round", DaysPerRound);
        yield return ("land.trucks_per_day", Land.TrucksPerDay);
        yield return ("land.fuel_trucks_per_day", Land.FuelTrucksPerDay);
        if (Land.TrucksWithoutAgreement is { } without)
        {
            yield return ("land.trucks_without_agreement", without);
        }
        yield return ("land.tonnes_per_truck", Land.TonnesPerTruck);
        yield return ("land.food_share", Land.FoodShare);
        yield return ("land.kcal_per_kg", Land.KcalPerKg);
        yield return ("land.cost_per_truck_usd", Land.CostPerTruckUsd);
        yield return ("airdrops.sorties_per_day", Airdrops.SortiesPerDay);
        yield return ("airdrops.tonnes_per_sortie", Airdrops.TonnesPerSortie);
        yield return ("airdrops.cost_per_sortie_usd", Airdrops.CostPerSortieUsd);
        yield return ("airdrops.share_lost", Airdrops.ShareLost);
        yield return ("airdrops.ration_kcal", Airdrops.RationKcal);
        yield return ("airdrops.ration_weight_lb", Airdrops.RationWeightLb);
        foreach (var (key, net) in Networks)
        {
            var k = AidAdministrationNames.Key(key);
            yield return ($"distribution.{k}.points", net.Points);
            yield return ($"distribution.{k}.people_per_point_per_day", net.PeoplePerPointPerDay);
        }
        yield return ("rafah.wounded_fighters_per_day", Crossing.WoundedFightersPerDay);
        yield return ("rafah.wounded_civilians_per_day", Crossing.WoundedCiviliansPerDay);
        yield return ("rafah.patients_awaiting_low", Crossing.PatientsAwaitingLow);
        yield return ("rafah.patients_awaiting_high", Crossing.PatientsAwaitingHigh);
        yield return ("rafah.extra_trucks_per_day", Crossing.ExtraTrucksPerDay);
        foreach (var (name, value) in ReportedRatios)
        {
            yield return ($"reported_ratios.{name}", value);
        }
    }
}
