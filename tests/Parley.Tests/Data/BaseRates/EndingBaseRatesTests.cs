using Parley.Data.BaseRates;
using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Statistics;

namespace Parley.Tests.Data.BaseRates;

public sealed class EndingBaseRatesTests
{
    [Fact]
    public void Ucdp_shares_come_from_the_readme_counts()
    {
        // README: 852 endings; 106 peace agreement, 95 ceasefire, 143 victory A, 69 victory B, 352 low activity, 84 actor ceases, 3 blank.
        var table = EndingBaseRates.Ucdp(UcdpTerminationReader.Endings(SharedData.All.UcdpDyadYears), EndingSplit.None);
        var all = Assert.Single(table.Groups);
        Assert.Equal(852, all.Total);
        int[] expected = [106, 95, 143, 69, 352, 84, 3];
        Assert.Equal(expected, all.Categories.Select(c => c.Count));
        Assert.Equal(106.0 / 852, all.Categories[0].Share, 12);
        var ci = Intervals.Wilson(106, 852);
        Assert.Equal(ci.Lower, all.Categories[0].Lower, 12);
        Assert.Equal(1, all.Categories.Sum(c => c.Share), 12);
    }

    [Fact]
    public void Cow_inter_state_shares_come_from_the_readme_counts()
    {
        // README: 77 winner/loser, 2 compromise, 8 stalemate, 8 transformed of 95.
        var table = EndingBaseRates.Cow(SharedData.All.CowInterStateWars, EndingSplit.None);
        var all = Assert.Single(table.Groups);
        Assert.Equal(["WinnerLoser", "Compromise", "Stalemate", "Transformed"], all.Categories.Select(c => c.Category));
        Assert.Equal([77, 2, 8, 8], all.Categories.Select(c => c.Count));
        Assert.Equal(77.0 / 95, all.Categories[0].Share, 12);
    }

    [Fact]
    public void Splits_partition_the_cases()
    {
        var wars = SharedData.All.CowIntraStateWars;
        foreach (var split in new[] { EndingSplit.Type, EndingSplit.Era, EndingSplit.Type | EndingSplit.Era })
        {
            var table = EndingBaseRates.Cow(wars, split);
            Assert.Equal(334, table.Groups.Sum(g => g.Total));
            Assert.All(table.Groups, g => Assert.Equal(g.Total, g.Categories.Sum(c => c.Count)));
        }
        var byType = EndingBaseRates.Cow(wars, EndingSplit.Type);
        Assert.Equal(4, byType.Groups.Count);
        Assert.All(byType.Groups, g => Assert.EndsWith("(unverified)", g.Name, StringComparison.Ordinal));
        var byEra = EndingBaseRates.Ucdp(UcdpTerminationReader.Endings(SharedData.All.UcdpDyadYears), EndingSplit.Era);
        Assert.Equal(["1946-1989", "1990-2020"], byEra.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Eras_bin_by_year()
    {
        Assert.Equal("1816-1913", Era.Of(1823).Name);
        Assert.Equal("1914-1945", Era.Of(1945).Name);
        Assert.Equal("1946-1989", Era.Of(1946).Name);
        Assert.Equal("1990-2020", Era.Of(2021).Name);
    }

    [Fact]
    public void Durations_by_hand()
    {
        // Three wars: 1-10 Jan (10 days), 1 Jan-31 Jan (31 days), and one ongoing (left out).
        CowWar War(int n, PartialDate start, PartialDate? end, CowEnding ending) => new("cow-inter", n, "w", 1, start, end, ending, 2, null);
        var wars = new[]
        {
            War(1, new PartialDate(1900, 1, 1), new PartialDate(1900, 1, 10), CowEnding.WinnerLoser),
            War(2, new PartialDate(1900, 1, 1), new PartialDate(1900, 1, 31), CowEnding.Stalemate),
            War(3, new PartialDate(1900, 1, 1), null, CowEnding.Ongoing),
        };
        var summary = Assert.Single(Durations.Cow(wars));
        Assert.Equal(2, summary.Distribution.Count);
        Assert.Equal(1, summary.Excluded);
        Assert.Equal(20.5, summary.Distribution.Median, 12);
        Assert.Equal("days", summary.Unit);
    }

    [Fact]
    public void Ucdp_episode_spans()
    {
        var episodes = UcdpTerminationReader.Episodes(SharedData.All.UcdpDyadYears);
        // Independently counted with Python: 916 (dyad_id, dyadepisode) groups; every episode's rows are
        // at most one per year, so active years never exceed the span.
        Assert.Equal(916, episodes.Count);
        Assert.All(episodes, e => Assert.True(e.ActiveYears <= e.SpanYears));
        Assert.Equal(848, episodes.Count(e => e.Ended));
    }
}
