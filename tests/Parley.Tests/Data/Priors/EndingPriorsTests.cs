using Parley.Data.BaseRates;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Priors;

namespace Parley.Tests.Data.Priors;

public sealed class EndingPriorsTests
{
    [Fact]
    public void Ucdp_endings_as_a_probability_vector()
    {
        var prior = EndingPriors.Ucdp(UcdpTerminationReader.Endings(SharedData.All.UcdpDyadYears));
        Assert.Equal(852, prior.Cases);
        Assert.Equal(1, prior.Categories.Sum(c => c.Share), 12);
        Assert.Equal(95.0 / 852, prior.Probability("2"), 12);   // ceasefire agreement, README count 95
        Assert.All(prior.Categories, c => Assert.True(c.Lower <= c.Share && c.Share <= c.Upper));
    }

    [Fact]
    public void A_subset_by_era()
    {
        var prior = EndingPriors.Cow(SharedData.All.CowInterStateWars, EndingSplit.Era, "1946-1989");
        Assert.Equal("1946-1989", prior.Subset);
        Assert.Equal(SharedData.All.CowInterStateWars.Count(w => w.EndYear is >= 1946 and <= 1989), prior.Cases);
        var ex = Assert.Throws<Parley.Domain.ModelException>(() => EndingPriors.Cow(SharedData.All.CowInterStateWars, EndingSplit.Era, "2100s"));
        Assert.Contains("1946-1989", ex.Message, StringComparison.Ordinal);
    }
}
