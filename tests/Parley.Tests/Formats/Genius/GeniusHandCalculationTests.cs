using Parley.Domain;
using Parley.Formats.Genius;

namespace Parley.Tests.Formats.Genius;

/// <summary>Per-issue utility tables of real GENIUS files, against arithmetic done by hand from the XML.</summary>
public sealed class GeniusHandCalculationTests
{
    private const double Tolerance = 1e-12;

    // laptop_*_utility.xml weights, read off the files. Their sum is not 1:
    // S = 0.4452125771655631 + 0.37808251708013424 + 0.1767567099260568 = 1.000051804171754.
    private const double WLaptopMonitor = 0.4452125771655631;
    private const double WMiddle = 0.37808251708013424;
    private const double WSmall = 0.1767567099260568;
    private const double S = WLaptopMonitor + WMiddle + WSmall;

    [Fact]
    public void LaptopDomainHasThreeIssuesOfThreeOptions()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Laptop", "laptop_domain.xml"));
        Assert.Equal(["Laptop", "Harddisk", "External Monitor"], space.Issues.Select(i => i.Name));
        Assert.Equal(["Dell", "Macintosh", "HP"], ((DiscreteIssue)space.Issues[0]).Options.ToArray());
        Assert.Equal(27, space.Count); // 3 x 3 x 3
    }

    [Fact]
    public void LaptopBuyerTablesAreEvaluationOverMaxTimesNormalisedWeight()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Laptop", "laptop_domain.xml"));
        var buyer = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Laptop", "laptop_buyer_utility.xml")).Profile;

        // Weights: Laptop 0.4452125771655631, Harddisk 0.37808251708013424, Monitor 0.1767567099260568, each / S.
        Assert.Equal(WLaptopMonitor / S, buyer.Weights[0], Tolerance);
        Assert.Equal(0.4451895144914913, buyer.Weights[0], Tolerance);
        // Laptop: Dell 12, Macintosh 20, HP 30; max 30.
        AssertTable([12.0 / 30 * WLaptopMonitor / S, 20.0 / 30 * WLaptopMonitor / S, 30.0 / 30 * WLaptopMonitor / S], buyer, 0);
        // Harddisk: 60 Gb 30, 80 Gb 20, 120 Gb 9; max 30.
        AssertTable([30.0 / 30 * WMiddle / S, 20.0 / 30 * WMiddle / S, 9.0 / 30 * WMiddle / S], buyer, 1);
        // External Monitor: 19'' 30, 20'' 10, 23'' 20; max 30.
        AssertTable([30.0 / 30 * WSmall / S, 10.0 / 30 * WSmall / S, 20.0 / 30 * WSmall / S], buyer, 2);
        // Dell, 80 Gb, 23'': (12/30 * 0.4452125771655631 + 20/30 * 0.37808251708013424 + 20/30 * 0.1767567099260568) / S
        //   = (0.17808503086622526 + 0.2520550113867561 + 0.1178378066173712) / 1.000051804171754
        //   = 0.5479778488703526 / 1.000051804171754 = 0.5479494628022691
        var u = buyer.Utility(space.Parse(new Dictionary<string, string> { ["Laptop"] = "Dell", ["Harddisk"] = "80 Gb", ["External Monitor"] = "23'' LCD" }, "test"));
        Assert.Equal(((12.0 / 30 * WLaptopMonitor) + (20.0 / 30 * WMiddle) + (20.0 / 30 * WSmall)) / S, u, Tolerance);
        Assert.Equal(0.5479494628022691, u, Tolerance);
    }

    [Fact]
    public void LaptopSellerWeightsFollowIssueIndicesNotDocumentOrder()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Laptop", "laptop_domain.xml"));
        var seller = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Laptop", "laptop_seller_utility.xml")).Profile;

        // Seller weights: index 1 (Laptop) 0.37808251708013424, 2 (Harddisk) 0.1767567099260568, 3 (Monitor) 0.4452125771655631.
        Assert.Equal(WMiddle / S, seller.Weights[0], Tolerance);
        Assert.Equal(WSmall / S, seller.Weights[1], Tolerance);
        Assert.Equal(WLaptopMonitor / S, seller.Weights[2], Tolerance);
        // Laptop: Dell 12, Macintosh 30, HP 20; max 30.
        AssertTable([12.0 / 30 * WMiddle / S, 30.0 / 30 * WMiddle / S, 20.0 / 30 * WMiddle / S], seller, 0);
        // Monitor: 3, 2, 1; max 3.
        AssertTable([3.0 / 3 * WLaptopMonitor / S, 2.0 / 3 * WLaptopMonitor / S, 1.0 / 3 * WLaptopMonitor / S], seller, 2);
        // Reference Nash outcome HP, 60 Gb, 19'' LCD for the seller:
        // (20/30 * 0.37808251708013424 + 20/30 * 0.1767567099260568 + 3/3 * 0.4452125771655631) / S = 0.8150631714971639.
        var u = seller.Utility(space.Parse(new Dictionary<string, string> { ["Laptop"] = "HP", ["Harddisk"] = "60 Gb", ["External Monitor"] = "19'' LCD" }, "test"));
        Assert.Equal(0.8150631714971639, u, Tolerance);
    }

    [Fact]
    public void NiceOrDieScoresAreEvaluationOverThousand()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("NiceOrDie", "NiceOrDie.xml"));
        var one = GeniusReader.ReadProfile(space, GeniusTestData.Shared("NiceOrDie", "NiceOrDie1.xml"));
        var two = GeniusReader.ReadProfile(space, GeniusTestData.Shared("NiceOrDie", "NiceOrDie2.xml"));

        // One issue, weight 1.0. NiceOrDie1: 100_16 -> 1000, 16_100 -> 160, 29_29 -> 299; max 1000.
        AssertTable([1000.0 / 1000, 160.0 / 1000, 299.0 / 1000], one.Profile, 0);
        // NiceOrDie2: 160, 1000, 299.
        AssertTable([160.0 / 1000, 1000.0 / 1000, 299.0 / 1000], two.Profile, 0);
        // Neither file has <reservation>: 0.
        Assert.Equal(0.0, one.ReservationValue);
        Assert.Null(one.RawDiscountFactor);
    }

    [Fact]
    public void CarUncertainProfileHasItsReservationAndTables()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Car", "adg.xml"));
        var a10 = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Car", "adg_A10.xml"));

        Assert.True(a10.IsUncertain);
        Assert.Equal(0.432382, a10.ReservationValue);
        Assert.Equal(1.0, a10.DiscountFactor);
        // Weights 0.16, 0.16, 0.17, 0.17, 0.17, 0.17: sum 1.0. CD player: good 100, fairly good 98,
        // standard 92, meager 75, none 0; max 100.
        AssertTable([1.00 * 0.16, 0.98 * 0.16, 0.92 * 0.16, 0.75 * 0.16, 0.0], a10.Profile, 0);
        // Tow hedge3: 100, 99, 95, 80, 0; weight 0.17.
        AssertTable([1.00 * 0.17, 0.99 * 0.17, 0.95 * 0.17, 0.80 * 0.17, 0.0], a10.Profile, 5);
    }

    private static void AssertTable(double[] expected, Parley.Domain.Preferences.PreferenceProfile profile, int issue)
    {
        var actual = profile.IssueUtilities(issue).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var v = 0; v < expected.Length; v++)
        {
            Assert.Equal(expected[v], actual[v], Tolerance);
        }
    }
}
