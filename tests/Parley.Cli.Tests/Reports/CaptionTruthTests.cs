using Parley.Application.Results;
using Parley.Reports.Charts;

namespace Parley.Cli.Tests.Reports;

/// <summary>Captions state what their chart computes, read from the same points the chart draws (issue 11 §5).</summary>
public sealed class CaptionTruthTests
{
    [Fact]
    public void The_range_caption_states_the_first_and_last_round_of_its_own_series()
    {
        // Hand-made series: the range closes as the war goes on, the opposite of the old fixed claim.
        RangePoint[] points =
        [
            new(1, 7, 0.6, 0.4, 0.25, 0.5),
            new(2, 14, 0.7, 0.5, 0.0, 0.1),
        ];
        var text = RangeOverTimeChart.Trend(points);
        Assert.Contains("In round 1 (day 7) the outcomes both prefer are 25% of all and a range is open in 50% of runs", text, StringComparison.Ordinal);
        Assert.Contains("in round 2 (day 14), 0% and 10%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_range_caption_makes_no_claim_the_series_does_not_support()
    {
        var report = ReportFixture.Build();
        var h = report.Hypotheses[0];
        var chart = RangeOverTimeChart.Render(report, h, "chart-range-test");
        Assert.DoesNotContain("opens as the reservation values fall", chart.Caption, StringComparison.Ordinal);
        Assert.Contains(RangeOverTimeChart.Trend(h.RangeOverTime), chart.Caption, StringComparison.Ordinal);
        Assert.Contains("share of runs in which a bargaining range was open", chart.Caption, StringComparison.Ordinal);
    }
}
