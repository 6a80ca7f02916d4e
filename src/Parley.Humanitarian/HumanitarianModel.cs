namespace Parley.Humanitarian;

/// <summary>
/// Food need against delivery, per round. Arithmetic (per day):
/// need = population × kcal per person;
/// land food trucks = trucks × (1 − baseline fuel share) × food share, where trucks are the agreed
/// number (or the baseline) plus Rafah's extra trucks when open;
/// land kcal = food trucks × tonnes per truck × 1,000 kg/t × kcal per kg;
/// airdrop kcal = sorties × tonnes per sortie × (1 − share lost) × 1,000 × ration kcal per kg;
/// usable kcal = min(land kcal, distribution reach × kcal per person) + airdrop kcal, capped at need
/// (land food is handed out at distribution points; airdrops land wherever they land);
/// share of need met = usable / need; cost per 1,000 kcal = unit cost / (kcal per unit / 1,000).
/// Everything is linear and deterministic: a war process can call it every round.
/// </summary>
public static class HumanitarianModel
{
    /// <summary>Evaluates one round of <paramref name="scenario"/> under <paramref name="terms"/> (null: baseline).</summary>
    public static HumanitarianRound Evaluate(HumanitarianScenario scenario, AidTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        terms ??= AidTerms.None;
        if (terms.TrucksPerDay is < 0 || terms.AirdropSortiesPerDay is < 0)
        {
            throw new Domain.ModelException("agreed trucks and sorties per day must be zero or more");
        }
        var population = scenario.Population.Value;
        var kcalPerPerson = scenario.NeedKcalPerPersonDay.Value;
        var need = population * kcalPerPerson;
        var administration = terms.Administration ?? scenario.Administration;
        var rafahOpen = terms.RafahOpen ?? scenario.Crossing.Open;

        var land = scenario.Land;
        var baselineTrucks = land.BaselineTrucksPerDay;
        var fuelShare = land.FuelShare;
        var trucks = (terms.TrucksPerDay ?? baselineTrucks) + (rafahOpen ? scenario.Crossing.ExtraTrucksPerDay.Value : 0);
        var foodTrucks = trucks * (1 - fuelShare) * land.FoodShare.Value;
        var landTonnes = foodTrucks * land.TonnesPerTruck.Value;
        var landKcal = landTonnes * 1000 * land.KcalPerKg.Value;
        var kcalPerTruck = land.TonnesPerTruck.Value * 1000 * land.KcalPerKg.Value;
        var landResult = new ChannelResult(
            "Land crossings",
            trucks,
            foodTrucks,
            landTonnes,
            landKcal,
            landKcal / kcalPerPerson,
            foodTrucks * land.CostPerTruckUsd.Value,
            land.CostPerTruckUsd.Value / (kcalPerTruck / 1000));

        var air = scenario.Airdrops;
        var sorties = terms.AirdropSortiesPerDay ?? air.SortiesPerDay.Value;
        var tonnesPerSortieArriving = air.TonnesPerSortie.Value * (1 - air.ShareLost.Value);
        var kcalPerSortie = tonnesPerSortieArriving * 1000 * air.KcalPerKg;
        var airKcal = sorties * kcalPerSortie;
        var airResult = new ChannelResult(
            "Airdrops",
            sorties,
            sorties,
            sorties * tonnesPerSortieArriving,
            airKcal,
            airKcal / kcalPerPerson,
            sorties * air.CostPerSortieUsd.Value,
            air.CostPerSortieUsd.Value / (kcalPerSortie / 1000));

        var reach = Reach(scenario, administration, population);
        var usable = Math.Min(need, Math.Min(landKcal, reach * kcalPerPerson) + airKcal);
        var share = usable / need;
        var days = scenario.DaysPerRound.Value;
        var gap = 1 - share;
        var signal = new HumanitarianSignal(gap, population * gap * days, days);
        var evacuations = rafahOpen ? scenario.Crossing.EvacuationsPerDay : 0;
        double? clearLow = evacuations > 0 ? scenario.Crossing.PatientsAwaitingLow.Value / evacuations : null;
        double? clearHigh = evacuations > 0 ? scenario.Crossing.PatientsAwaitingHigh.Value / evacuations : null;
        return new HumanitarianRound(terms, administration, population, need, landResult, airResult, reach, usable, share, signal, rafahOpen, evacuations, clearLow, clearHigh);
    }

    /// <summary>People the distribution points of <paramref name="administration"/> can serve per day (capped at the population).</summary>
    public static double Reach(HumanitarianScenario scenario, AidAdministration administration, double population)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var reach = administration switch
        {
            AidAdministration.Un => scenario.Networks[AidAdministration.Un].Reach,
            AidAdministration.AlternativeScheme => scenario.Networks[AidAdministration.AlternativeScheme].Reach,
            _ => scenario.Networks[AidAdministration.Un].Reach + scenario.Networks[AidAdministration.AlternativeScheme].Reach,
        };
        return Math.Min(population, reach);
    }
}
