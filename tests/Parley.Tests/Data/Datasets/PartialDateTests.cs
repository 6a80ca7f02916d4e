using Parley.Data.Datasets;
using Parley.Data.Datasets.Ucdp;
using Parley.Domain;

namespace Parley.Tests.Data.Datasets;

public sealed class PartialDateTests
{
    [Fact]
    public void Midpoints_of_imprecise_dates()
    {
        Assert.Equal(new DateOnly(1994, 2, 15), new PartialDate(1994, 2, null).Midpoint);
        Assert.Equal(new DateOnly(1994, 7, 1), new PartialDate(1994, null, null).Midpoint);
        Assert.Equal(new DateOnly(1994, 2, 28), new PartialDate(1994, 2, null).Latest);
    }

    [Fact]
    public void Inclusive_days()
    {
        // Same day: 1 day in force. 2008-06-19 to 2008-12-18: 182 days apart, 183 counting both.
        Assert.Equal(1, PartialDate.InclusiveDays(new PartialDate(2014, 8, 1), new PartialDate(2014, 8, 1)));
        Assert.Equal(183, PartialDate.InclusiveDays(new PartialDate(2008, 6, 19), new PartialDate(2008, 12, 18)));
        // Start 2017-06-20, end "June 2017": midpoint 15 is before the start, but the periods overlap: 1 day.
        Assert.Equal(1, PartialDate.InclusiveDays(new PartialDate(2017, 6, 20), new PartialDate(2017, 6, null)));
        // An end certainly before the start is not a duration.
        Assert.Null(PartialDate.InclusiveDays(new PartialDate(2017, 6, 20), new PartialDate(2017, 5, null)));
    }

    [Fact]
    public void Invalid_parts_are_model_errors()
    {
        Assert.Throws<ModelException>(() => new PartialDate(2001, 13, null));
        Assert.Throws<ModelException>(() => new PartialDate(2001, 2, 30));
        Assert.Throws<ModelException>(() => new PartialDate(2001, null, 3));
        Assert.Null(PartialDate.TryCreate(null, 1, 1));
        Assert.Equal(new PartialDate(2001, 2, null), PartialDate.TryCreate(2001, 2, 31));
    }

    [Theory]
    [InlineData("7/21/46", 1946, 1946, 7, 21)]
    [InlineData("12/31/88", 1988, 1988, 12, 31)]
    [InlineData("1/25/15", 2015, 2015, 1, 25)]
    [InlineData("12/31/64", 2020, 1964, 12, 31)]
    [InlineData("1/1/21", 2020, 2021, 1, 1)]
    [InlineData("2012-11-21", 1990, 2012, 11, 21)]
    public void Two_digit_years_take_the_latest_century_not_after_the_next_year(string text, int reference, int year, int month, int day)
    {
        Assert.True(ShortDate.TryParse(text, reference, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2/30/90")]
    [InlineData("13/1/90")]
    [InlineData("1/1/123")]
    [InlineData("soon")]
    public void Bad_short_dates_are_rejected(string text) => Assert.False(ShortDate.TryParse(text, 1990, out _));
}
