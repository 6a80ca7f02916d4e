using Parley.Data.Agreements;
using Parley.Data.Datasets.Ucdp;

namespace Parley.Tests.Data.Agreements;

public sealed class AgreementContentTests
{
    [Fact]
    public void Ucdp_provision_shares()
    {
        // Counted independently with Python's csv module over the 374 agreements: pris 100, withd 34, pko 50, cease 176.
        var groups = AgreementContent.Ucdp(SharedData.All.UcdpPeaceAgreements, AgreementContent.HeadlineProvisions);
        var all = groups[0];
        Assert.Equal("all", all.Group);
        Assert.Equal(374, all.Total);
        Assert.Equal([100, 34, 50, 176], all.Provisions.Select(p => p.Count));
        Assert.Equal(100.0 / 374, all.Provisions[0].Share, 12);
        Assert.All(all.Provisions, p => Assert.False(p.Verified));
        // By pa_type: 77 + 213 + 84 (README), and the counts add up.
        Assert.Equal([77, 213, 84], groups.Skip(1).Select(g => g.Total));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(all.Provisions[i].Count, groups.Skip(1).Sum(g => g.Provisions[i].Count));
        }
    }

    [Fact]
    public void Pax_stage_mix_matches_the_readme()
    {
        var stages = AgreementContent.PaxStages(SharedData.All.PaxAgreements);
        var all = stages.Groups[0];
        Assert.Equal(1868, all.Total);
        var byCode = all.Categories.ToDictionary(c => c.Category, c => c.Count);
        Assert.Equal(388, byCode["Cea"]);
        Assert.Equal(513, byCode["Pre"]);
        Assert.True(all.Categories.Single(c => c.Category == "Cea").Verified);
        Assert.Equal(1868, stages.Groups.Skip(1).Sum(g => g.Total));
        var types = AgreementContent.PaxTypes(SharedData.All.PaxAgreements);
        Assert.Equal([1270, 286, 240, 72], types.Categories.Select(c => c.Count));
    }

    [Fact]
    public void The_israel_palestine_subset_is_listed_on_its_own()
    {
        var listing = AgreementContent.IsraelPalestine(SharedData.All.PaxAgreements);
        Assert.Equal(45, listing.Count);
        Assert.Equal(listing.OrderBy(l => l.Date).Select(l => l.Id), listing.Select(l => l.Id));
        Assert.Equal(new DateOnly(2017, 10, 12), listing[^1].Date);
        var gaza = Assert.Single(listing, l => l.Date == new DateOnly(2012, 11, 21));
        Assert.Equal("ceasefire", gaza.StageLabel);
        var pax = AgreementContent.Pax(SharedData.All.PaxAgreements);
        Assert.Equal(45, pax[1].Total);
        Assert.Equal("Israel/Palestine", pax[1].Group);
    }
}
