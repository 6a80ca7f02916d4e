using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Domain;

namespace Parley.Tests.Data.Datasets;

public sealed class CeasefireFilterTests
{
    private static Ceasefire Make(int written, int mediator, int year, string location = "Sudan") =>
        CeasefireAggregation.Aggregate([CeasefireAggregationTests.Row(625001, "a", new PartialDate(year, 1, 1), 0, null,
            written: written, mediator: mediator, location: location)])[0];

    [Fact]
    public void Clauses_must_all_hold()
    {
        var filter = CeasefireFilter.Parse("written=1,mediator_nego=1");
        Assert.True(filter.Matches(Make(1, 1, 2000)));
        Assert.False(filter.Matches(Make(1, 0, 2000)));
        Assert.False(filter.Matches(Make(2, 1, 2000)));
        Assert.Equal("written=1,mediator_nego=1", filter.ToString());
    }

    [Fact]
    public void Alternatives_comparisons_aliases_and_text()
    {
        Assert.True(CeasefireFilter.Parse("written=1|2; mediated=1").Matches(Make(2, 1, 2000)));
        Assert.True(CeasefireFilter.Parse("year>=2000 & year<2001").Matches(Make(0, 0, 2000)));
        Assert.False(CeasefireFilter.Parse("year>2000").Matches(Make(0, 0, 2000)));
        Assert.True(CeasefireFilter.Parse("written!=0").Matches(Make(-1, 0, 2000)));
        Assert.True(CeasefireFilter.Parse("location=israel").Matches(Make(0, 0, 2000, "Israel")));
        Assert.False(CeasefireFilter.Parse("location!=Israel").Matches(Make(0, 0, 2000, "Israel")));
        Assert.True(CeasefireFilter.Parse("  ").IsEmpty);
        Assert.Equal("all", CeasefireFilter.Parse(null).ToString());
    }

    [Theory]
    [InlineData("writen=1", "unknown ceasefire feature 'writen'")]
    [InlineData("written", "has no operator")]
    [InlineData("written=", "has no value")]
    [InlineData("written=yes", "'yes' is not a whole number")]
    [InlineData("year>=1|2", "alternatives")]
    [InlineData("location<X", "is text")]
    public void Bad_filters_say_what_to_fix(string text, string expected)
    {
        var ex = Assert.Throws<ModelException>(() => CeasefireFilter.Parse(text));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
