using Parley.Data.Summary;

namespace Parley.Tests.Data.Summary;

public sealed class DataSummariesTests
{
    [Fact]
    public void One_summary_per_dataset_with_readme_figures()
    {
        var summaries = DataSummaries.Of(SharedData.All);
        Assert.Equal(["cow-inter", "cow-intra", "ucdp-term", "ucdp-pa", "eth-prio", "pa-x"], summaries.Select(s => s.Id));
        var inter = summaries[0];
        Assert.Equal(337, inter.Rows);
        Assert.Equal(95, inter.Units);
        Assert.Equal(77, inter.Items.Single(i => i.Name == "ending: winner/loser").Value);
        var ucdp = summaries[2];
        Assert.Equal(852, ucdp.Units);
        Assert.Equal(106, ucdp.Items.Single(i => i.Name == "ending: peace agreement").Value);
        Assert.Equal(95, ucdp.Items.Single(i => i.Name == "ending: ceasefire agreement").Value);
        var pax = summaries[5];
        Assert.Equal(1868, pax.Units);
        Assert.Equal(388, pax.Items.Single(i => i.Name == "ceasefire stage (Cea)").Value);
        Assert.Equal(45, pax.Items.Single(i => i.Name == "Israel/Palestine").Value);
        Assert.Equal(2203, summaries[4].Units);
        Assert.Equal(180, summaries[4].Items.Single(i => i.Name == "rows with location Israel").Value);
        Assert.Contains(summaries[1].Notes, n => n.Contains("run together", StringComparison.Ordinal));
    }
}
