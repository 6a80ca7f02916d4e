using Parley.Domain;
using Parley.Humanitarian;
using Parley.Formats.Humanitarian;

namespace Parley.Tests.Humanitarian;

public sealed class HumanitarianModelTests
{
    private static readonly HumanitarianScenario Gaza = HumanitarianYaml.Parse(ShippedScenarios.ShippedScenario.ReadText("gaza-2025"), ShippedScenarios.ShippedScenario.DisplayName("gaza-2025"));

    // kcal per kg of the airdropped MREs: 1,250 kcal / (0.5 lb × 0.45359237 kg/lb) = 5,511.556 kcal/kg.
    private const double MreKcalPerKg = 1250 / (0.5 * 0.45359237);

    [Fact]
    public void Land_delivery_and_need_match_the_hand_calculation()
    {
        var r = HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: 600, Administration: AidAdministration.Un));
        // Need: 2.1 million people × 2,100 kcal = 4,410,000,000 kcal/day.
        Assert.Equal(4_410_000_000, r.NeedKcalPerDay, 1e-3);
        // Land: 600 trucks, of which 50 fuel (the January mix) → 550 × 0.154 food share = 84.7 food trucks;
        // 84.7 × 16.5 t = 1,397.55 t; × 1,000 kg/t × 3,600 kcal/kg = 5,031,180,000 kcal/day.
        Assert.Equal(84.7, r.Land.FoodUnitsPerDay, 1e-9);
        Assert.Equal(1_397.55, r.Land.FoodTonnesDelivered, 1e-9);
        Assert.Equal(5_031_180_000, r.Land.KcalDelivered, 1e-2);
        // 600 trucks/day carry 5,031 / 4,410 = 1.14 times the population's need.
        Assert.Equal(1.140857, r.Land.KcalDelivered / r.NeedKcalPerDay, 1e-6);
        // Airdrops: 10 sorties × 3.2 t × (1 − 0.1) = 28.8 t = 28,800 kg × 5,511.556 kcal/kg = 158,732,800 kcal/day.
        Assert.Equal(28.8, r.Airdrops.FoodTonnesDelivered, 1e-9);
        Assert.Equal(28_800 * MreKcalPerKg, r.Airdrops.KcalDelivered, 1e-3);
        // UN network: 400 sites × 5,000 people = 2,000,000 people reachable → land food usable
        // 2,000,000 × 2,100 = 4,200,000,000 kcal; + airdrops 158,732,800 = 4,358,732,800 kcal
        // → 4,358,732,800 / 4,410,000,000 = 0.988375 of need met.
        Assert.Equal(2_000_000, r.DistributionReach);
        Assert.Equal(4_200_000_000 + (28_800 * MreKcalPerKg), r.UsableKcalPerDay, 1e-3);
        Assert.Equal(0.988375, r.ShareOfNeedMet, 1e-6);
    }

    [Fact]
    public void The_number_of_trucks_matters_under_un_distribution()
    {
        // 200 trucks: 200 × 550/600 × 0.154 = 28.233 food trucks × 16.5 t × 3,600,000 kcal/t = 1,677,060,000 kcal,
        // + 158,732,800 from the air = 0.416280 of 4,410,000,000; 400 trucks twice the land food: 0.796565;
        // 600 trucks exceed the UN network's reach (2,000,000 people): 0.988375.
        double Share(int trucks) => HumanitarianModel.Evaluate(Gaza, new AidTerms(trucks, AidAdministration.Un)).ShareOfNeedMet;
        Assert.Equal((1_677_060_000 + (28_800 * MreKcalPerKg)) / 4_410_000_000, Share(200), 1e-6);
        Assert.Equal((2.0 * 1_677_060_000 + (28_800 * MreKcalPerKg)) / 4_410_000_000, Share(400), 1e-6);
        Assert.Equal(0.988375, Share(600), 1e-6);
    }

    [Fact]
    public void The_alternative_scheme_reaches_far_fewer_people()
    {
        var r = HumanitarianModel.Evaluate(Gaza);
        Assert.Equal(AidAdministration.AlternativeScheme, r.Administration);
        // Without an agreement, 40 trucks (the situation of July 2025): 40 × 550/600 × 0.154 = 5.6467 food
        // trucks carry 335,412,000 kcal, more than the sites hand out:
        // 4 sites × 39,250 people = 157,000 people; 157,000 × 2,100 = 329,700,000 kcal from land,
        // + 158,732,800 from the air = 488,432,800 kcal / 4,410,000,000 = 0.110756.
        Assert.Equal(157_000, r.DistributionReach);
        Assert.Equal(0.110756, r.ShareOfNeedMet, 1e-6);
    }

    [Fact]
    public void Cost_per_1000_kcal_matches_the_hand_calculation()
    {
        var r = HumanitarianModel.Evaluate(Gaza);
        // Land: 1,550 USD per truck / (16.5 t × 1,000 × 3,600 kcal/kg / 1,000) = 1,550 / 59,400 = 0.0260943 USD.
        Assert.Equal(1550.0 / 59_400, r.Land.CostPer1000Kcal, 1e-12);
        // Air: 30,000 USD per sortie / (3.2 t × 0.9 × 1,000 × 5,511.556 / 1,000) = 30,000 / 15,873.28 = 1.889969 USD.
        Assert.Equal(1.889969, r.Airdrops.CostPer1000Kcal, 1e-6);
        // Airdrops cost about 72 times as much per kcal. The truck cost is derived from Lazzarini's
        // "at least 100×" (per tonne, before losses and kcal per kg), so this is not a check of it.
        Assert.Equal(72.43, r.AirdropToLandCostRatio, 0.01);
        // Daily cost: 40 × 550/600 × 0.154 = 5.6467 food trucks × 1,550 = 8,752.33 USD; 10 sorties × 30,000 = 300,000 USD.
        Assert.Equal(40 * 550.0 / 600 * 0.154 * 1550, r.Land.CostUsdPerDay, 1e-6);
        Assert.Equal(300_000, r.Airdrops.CostUsdPerDay, 1e-6);
    }

    [Fact]
    public void Signal_is_the_unmet_share_and_unmet_person_days_per_round()
    {
        var r = HumanitarianModel.Evaluate(Gaza);
        Assert.Equal(1 - r.ShareOfNeedMet, r.Signal.Gap, 1e-12);
        // 2,100,000 people × 0.889244 unmet × 7 days = 13,071,891 person-days.
        Assert.Equal(2_100_000 * (1 - 0.110756) * 7, r.Signal.UnmetPersonDays, 20.0);
        Assert.Equal(7, r.Signal.DaysPerRound);
    }

    [Fact]
    public void Agreement_terms_change_the_numbers()
    {
        var baseline = HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: 600, Administration: AidAdministration.Un));
        var half = HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: 300, Administration: AidAdministration.Un));
        Assert.Equal(baseline.Land.KcalDelivered / 2, half.Land.KcalDelivered, 1e-3);

        // No trucks: only airdrops, 158,732,800 / 4,410,000,000 = 0.035994 of need.
        var none = HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: 0, Administration: AidAdministration.Un));
        Assert.Equal(28_800 * MreKcalPerKg / 4_410_000_000, none.ShareOfNeedMet, 1e-9);

        // Mixed administration: both networks, 2,000,000 + 157,000 people, capped at the population.
        var mixed = HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: 600, Administration: AidAdministration.Mixed));
        Assert.Equal(2_100_000, mixed.DistributionReach);
        Assert.Equal(1.0, mixed.ShareOfNeedMet, 1e-12);

        // Rafah open: 50 + 50 evacuations a day; 12,000-14,000 waiting → 120-140 days.
        var rafah = HumanitarianModel.Evaluate(Gaza, new AidTerms(RafahOpen: true));
        Assert.True(rafah.RafahOpen);
        Assert.Equal(100, rafah.EvacuationsPerDay);
        Assert.Equal(120, rafah.DaysToClearBacklogLow);
        Assert.Equal(140, rafah.DaysToClearBacklogHigh);
        Assert.Equal(0, HumanitarianModel.Evaluate(Gaza).EvacuationsPerDay);
    }

    [Fact]
    public void Share_of_need_met_never_falls_as_trucks_or_sorties_rise()
    {
        foreach (var admin in new[] { AidAdministration.Un, AidAdministration.AlternativeScheme, AidAdministration.Mixed })
        {
            var previous = -1.0;
            for (var trucks = 0; trucks <= 1000; trucks += 25)
            {
                var share = HumanitarianModel.Evaluate(Gaza, new AidTerms(trucks, admin)).ShareOfNeedMet;
                Assert.InRange(share, previous, 1.0);
                previous = share;
            }
            previous = -1;
            for (var sorties = 0; sorties <= 400; sorties += 20)
            {
                var share = HumanitarianModel.Evaluate(Gaza, new AidTerms(0, admin, AirdropSortiesPerDay: sorties)).ShareOfNeedMet;
                Assert.InRange(share, previous, 1.0);
                previous = share;
            }
        }
    }

    [Fact]
    public void Negative_terms_are_rejected()
    {
        Assert.Throws<ModelException>(() => HumanitarianModel.Evaluate(Gaza, new AidTerms(TrucksPerDay: -1)));
        Assert.Throws<ModelException>(() => SourcedNumber.Cited(1, "", "q"));
        Assert.Throws<ModelException>(() => new SourcedNumber(1, "s", "q", "also assumed"));
    }
}

public sealed class HumanitarianKernelTests
{
    [Fact]
    public void Kernel_gives_the_same_numbers_as_the_full_model()
    {
        var s = HumanitarianYaml.Parse(ShippedScenarios.ShippedScenario.ReadText("gaza-2025"), ShippedScenarios.ShippedScenario.DisplayName("gaza-2025"));
        var kernel = new HumanitarianKernel(s);
        foreach (var admin in new[] { AidAdministration.Un, AidAdministration.AlternativeScheme, AidAdministration.Mixed })
        {
            foreach (var trucks in new[] { 0.0, 50, 250, 600, 900 })
            {
                foreach (var sorties in new[] { 0.0, 10, 200 })
                {
                    foreach (var rafah in new[] { false, true })
                    {
                        var full = HumanitarianModel.Evaluate(s, new AidTerms(trucks, admin, rafah, sorties));
                        Assert.Equal(full.ShareOfNeedMet, kernel.ShareOfNeedMet(trucks, admin, rafah, sorties), 1e-12);
                        Assert.Equal(full.Signal.UnmetPersonDays, kernel.UnmetPersonDays(trucks, admin, rafah, sorties), 1e-3);
                    }
                }
            }
        }
    }
}
