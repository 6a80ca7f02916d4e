namespace Parley.Humanitarian;

/// <summary>
/// The humanitarian model reduced to its constants, for war-process loops that need the signal every
/// round of every Monte Carlo run: a readonly struct, no allocation per call. Gives the same share of
/// need met and unmet person-days as <see cref="HumanitarianModel.Evaluate"/> for the same terms.
/// </summary>
internal readonly struct HumanitarianKernel
{
    private readonly double _need;
    private readonly double _kcalPerPerson;
    private readonly double _population;
    private readonly double _foodKcalPerTruck;
    private readonly double _kcalPerSortie;
    private readonly double _rafahExtraTrucks;
    private readonly double _reachUn;
    private readonly double _reachAlternative;
    private readonly double _reachMixed;
    private readonly double _days;

    /// <summary>Precomputes the constants of <paramref name="scenario"/>.</summary>
    public HumanitarianKernel(HumanitarianScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _population = scenario.Population.Value;
        _kcalPerPerson = scenario.NeedKcalPerPersonDay.Value;
        _need = _population * _kcalPerPerson;
        var land = scenario.Land;
        var fuelShare = land.FuelShare;
        _foodKcalPerTruck = (1 - fuelShare) * land.FoodShare.Value * land.TonnesPerTruck.Value * 1000 * land.KcalPerKg.Value;
        _kcalPerSortie = scenario.Airdrops.TonnesPerSortie.Value * (1 - scenario.Airdrops.ShareLost.Value) * 1000 * scenario.Airdrops.KcalPerKg;
        _rafahExtraTrucks = scenario.Crossing.ExtraTrucksPerDay.Value;
        _reachUn = HumanitarianModel.Reach(scenario, AidAdministration.Un, _population);
        _reachAlternative = HumanitarianModel.Reach(scenario, AidAdministration.AlternativeScheme, _population);
        _reachMixed = HumanitarianModel.Reach(scenario, AidAdministration.Mixed, _population);
        _days = scenario.DaysPerRound.Value;
    }

    /// <summary>Share of need met (0..1) for the given daily trucks, administration, Rafah state and sorties.</summary>
    public double ShareOfNeedMet(double trucksPerDay, AidAdministration administration, bool rafahOpen, double sortiesPerDay)
    {
        var trucks = trucksPerDay + (rafahOpen ? _rafahExtraTrucks : 0);
        var reach = administration switch
        {
            AidAdministration.Un => _reachUn,
            AidAdministration.AlternativeScheme => _reachAlternative,
            _ => _reachMixed,
        };
        var land = Math.Min(trucks * _foodKcalPerTruck, reach * _kcalPerPerson);
        return Math.Min(_need, land + (sortiesPerDay * _kcalPerSortie)) / _need;
    }

    /// <summary>Person-days without a full ration in one round for the given terms.</summary>
    public double UnmetPersonDays(double trucksPerDay, AidAdministration administration, bool rafahOpen, double sortiesPerDay) =>
        _population * (1 - ShareOfNeedMet(trucksPerDay, administration, rafahOpen, sortiesPerDay)) * _days;
}
