using System.Xml;
using Parley.Formats;
using Parley.Formats.Genius;
using Parley.Domain;

namespace Parley.Tests.Formats.Genius;

/// <summary>Every XML file in ../shared/data/genius, and the quirks found there.</summary>
public sealed class GeniusSharedFilesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(GeniusTestData.Root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(GeniusTestData.Root, file));
        }
        return data;
    }

    [Fact]
    public void TheSharedFolderHoldsEightyTwoXmlFiles() => Assert.Equal(82, Files().Count);

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFileLoadsAsDomainOrProfileOrGivesTheExpectedError(string relative)
    {
        var path = Path.Combine(GeniusTestData.Root, relative);
        if (Path.GetFileName(path) == "adg_deal.xml")
        {
            // Not well-formed: Python's expat reports line 46, column 57 (0-based); .NET counts columns from 1.
            var e = Assert.Throws<InputException>(() => GeniusReader.ReadDomain(path));
            Assert.Equal((46, 58), (e.Line, e.Column));
            Assert.StartsWith(path + ":46:58: not well-formed XML", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', e.Message);
            return;
        }

        var root = RootName(path);
        if (root == "negotiation_template")
        {
            var space = GeniusReader.ReadDomain(path);
            Assert.True(space.Count > 0);
            return;
        }

        Assert.Equal("utility_space", root);
        var domain = GeniusReader.ReadDomain(DomainFor(path));
        var file = GeniusReader.ReadProfile(domain, path);
        var profile = file.Profile;
        // Discrete GENIUS semantics: each issue's best option scores 1 and the weights sum to 1,
        // so the best outcome is worth exactly 1 (every issue here has a positive largest evaluation).
        var best = Enumerable.Range(0, domain.IssueCount).Sum(i => profile.IssueUtilities(i).ToArray().Max());
        Assert.Equal(1.0, best, 1e-12);
        Assert.Equal(1.0, profile.Weights.Sum(), 1e-12);
        Assert.InRange(file.ReservationValue, 0.0, 1.0);
    }

    [Fact]
    public void UncertainProfileCarriesReservationAndIsFlagged()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Car", "adg.xml"));
        var a10 = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Car", "adg_A10.xml"));
        var b10 = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Car", "adg_B10.xml"));
        Assert.True(a10.IsUncertain);
        Assert.True(b10.IsUncertain);
        Assert.Equal(0.432382, a10.ReservationValue);
        Assert.Equal(0.510393, b10.ReservationValue);
        Assert.Equal("1.0", a10.RawDiscountFactor);
        Assert.Empty(a10.Warnings);
    }

    [Fact]
    public void DiscountFactorThatIsNotANumberIsLeftAbsentWithAWarning()
    {
        var path = GeniusTestData.Shared("IS_BT_Acquisition", "IS_BT_Acquisition_IS_20.xml");
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("IS_BT_Acquisition", "IS_BT_Acquisition.xml"));
        var file = GeniusReader.ReadProfile(space, path);

        Assert.Equal("s", file.RawDiscountFactor);
        Assert.Null(file.DiscountFactor);
        Assert.Null(file.Profile.DiscountFactor);
        var warning = Assert.Single(file.Warnings);
        Assert.StartsWith(path + ":58:", warning, StringComparison.Ordinal);
        Assert.Contains("\"s\" is not a number", warning, StringComparison.Ordinal);
        // The rest of the file still counts: its reservation value is 0.182003.
        Assert.Equal(0.182003, file.ReservationValue);
        Assert.True(file.IsUncertain);
    }

    [Fact]
    public void DiscountFactorIsKeptNotApplied()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Laptop", "laptop_domain.xml"));
        var buyer = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Laptop", "laptop_buyer_utility.xml"));
        Assert.Equal(0.42441038, buyer.DiscountFactor);
        Assert.False(buyer.IsUncertain);
        // HP, 60 Gb, 19'' LCD is the buyer's best outcome, undiscounted: 1.
        Assert.Equal(1.0, buyer.Profile.Utility([2, 0, 0]), 1e-12);
    }

    [Fact]
    public void ReservationAndDiscountOfAnAnac2012Profile()
    {
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Barbecue", "Barbecue-A-domain.xml"));
        var file = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Barbecue", "Barbecue-A-prof1.xml"));
        Assert.Equal(0.25, file.ReservationValue);
        Assert.Equal(0.5, file.DiscountFactor);
    }

    [Fact]
    public void NestedCriteriaItemsAreNotOptions()
    {
        // adg_deal2.xml nests <item value="unspecified"> inside similarity_function/criteria_function;
        // only the issue's direct <item>s are evaluations.
        var space = GeniusReader.ReadDomain(GeniusTestData.Shared("Car", "adg.xml"));
        var deal2 = GeniusReader.ReadProfile(space, GeniusTestData.Shared("Car", "adg_deal2.xml"));
        Assert.Empty(deal2.Warnings);
        Assert.Equal(5, deal2.Profile.IssueUtilities(0).Length);
    }

    private static string RootName(string path)
    {
        using var reader = XmlReader.Create(path);
        reader.MoveToContent();
        return reader.LocalName;
    }

    /// <summary>The domain file in the profile's folder: the one whose name shares the longest prefix with the profile's.</summary>
    private static string DomainFor(string profile)
    {
        var name = Path.GetFileName(profile);
        return Directory.EnumerateFiles(Path.GetDirectoryName(profile)!, "*.xml")
            .Where(f => Path.GetFileName(f) != "adg_deal.xml" && RootName(f) == "negotiation_template")
            .OrderByDescending(f => CommonPrefix(Path.GetFileName(f), name))
            .First();
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
