using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;

namespace Parley.Tests.Data.Datasets;

public sealed class CeasefireAggregationTests
{
    internal static EthPrioRow Row(int uniqueId, string actor, PartialDate? start, int ended, PartialDate? end,
        int written = 0, int side = 2, int mediator = 0, int partial = 0, int humanitarian = 0, int fixedCode = 0, string location = "X") =>
        new(uniqueId / 1000, uniqueId % 1000, uniqueId, location, 1, actor, null, null, null, null, start, side, partial, written, fixedCode, null,
            humanitarian, 0, 0, 0, 1, 0, mediator, null, 0, 0, 0, ended, end, 0, 1);

    [Fact]
    public void The_earliest_dated_end_decides_with_breakdown_first_on_ties()
    {
        // Two actors of ceasefire 666095 (as in the stored copy): Israel coded 2 on 2014-08-19, Hamas 4 on 2014-08-20.
        var rows = new[]
        {
            Row(666095, "Government of Israel", new PartialDate(2014, 8, 19), 2, new PartialDate(2014, 8, 19)),
            Row(666095, "Hamas", new PartialDate(2014, 8, 19), 4, new PartialDate(2014, 8, 20)),
            Row(700001, "A", new PartialDate(2000, 1, 1), 4, new PartialDate(2000, 1, 5)),
            Row(700001, "B", new PartialDate(2000, 1, 1), 2, new PartialDate(2000, 1, 5)),
        };
        var ceasefires = CeasefireAggregation.Aggregate(rows);
        Assert.Equal(CeasefireEnd.BrokeDown, ceasefires[0].EndKind);
        Assert.Equal(1, ceasefires[0].DurationDays);
        Assert.Equal(["Government of Israel", "Hamas"], ceasefires[0].Actors);
        Assert.Equal(CeasefireEnd.BrokeDown, ceasefires[1].EndKind);
        Assert.Equal(5, ceasefires[1].DurationDays);
    }

    [Fact]
    public void Undated_ends_follow_the_documented_precedence()
    {
        var start = new PartialDate(2000, 1, 1);
        var ceasefires = CeasefireAggregation.Aggregate(
        [
            Row(1001, "a", start, 0, null), Row(1001, "b", start, 0, null),   // all "did not end" -> ongoing
            Row(1002, "a", start, 0, null), Row(1002, "b", start, -1, null),  // mixed with unclear -> unclear
            Row(1003, "a", null, 3, null), Row(1003, "b", null, -1, null),    // any "never took effect"
            Row(1004, "a", start, 1, null), Row(1004, "b", start, 3, null),   // an undated expiry beats it
        ]);
        Assert.Equal([CeasefireEnd.Ongoing, CeasefireEnd.Unclear, CeasefireEnd.NeverInEffect, CeasefireEnd.Expired],
            ceasefires.Select(c => c.EndKind));
    }

    [Fact]
    public void Features_take_the_largest_code_and_the_start_the_earliest_date()
    {
        var ceasefire = Assert.Single(CeasefireAggregation.Aggregate(
        [
            Row(2001, "a", new PartialDate(2001, 3, 9), 0, null, written: -1, mediator: 0, side: 2),
            Row(2001, "b", new PartialDate(2001, 3, 2), 0, null, written: 2, mediator: 1, side: 3),
        ]));
        Assert.Equal(2, ceasefire.Written);
        Assert.Equal(1, ceasefire.MediatorNego);
        Assert.Equal(3, ceasefire.Side);
        Assert.Equal(new DateOnly(2001, 3, 2), ceasefire.Start!.Value.Midpoint);
    }
}
