using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The bargaining range as the war goes on: each belligerent's reservation value (left axis) and the
/// share of outcomes both prefer to fighting on (right axis), with the day of the agreement marked.
/// </summary>
internal static class RangeOverTimeChart
{
    /// <summary>Draws the chart for one hypothesis.</summary>
    public static RenderedChart Render(RunReport report, HypothesisReport hypothesis, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var title = $"Bargaining range over time: {hypothesis.Name}";
        var plot = ChartCanvas.Create(ChartText.Title("Bargaining range over time", hypothesis.Name), "War day", "Reservation value (utility)");
        var points = hypothesis.RangeOverTime;
        if (points.Count == 0)
        {
            ChartCanvas.NoData(plot, "No rounds were recorded");
        }
        else
        {
            var days = points.Select(p => p.Day).ToArray();
            var series = new[] { points.Select(p => p.FirstReservation).ToArray(), points.Select(p => p.SecondReservation).ToArray() };
            foreach (var group in CoincidentSeries.Groups([(days, series[0]), (days, series[1])]))
            {
                var side = group[0];
                var s = plot.Add.Scatter(days, series[side], ReportPalette.Side(side));
                s.LineWidth = 2;
                s.MarkerSize = points.Count <= 40 ? 4 : 0;
                s.LegendText = $"Reservation value: {CoincidentSeries.Label(group, [report.Belligerents.First, report.Belligerents.Second], 48)}";
            }
            double[] shares = [.. points.Select(p => p.RangeShare)];
            double[] open = [.. points.Select(p => p.RunsWithRange)];
            var same = shares.AsSpan().SequenceEqual(open);
            var share = plot.Add.Scatter(days, shares, ReportPalette.Ink);
            share.LineWidth = 2;
            share.LinePattern = LinePattern.Dashed;
            share.MarkerSize = 0;
            share.LegendText = same ? "Outcomes both prefer = runs with a range open (right axis)" : "Outcomes both prefer at the mean values (right axis)";
            share.Axes.YAxis = plot.Axes.Right;
            if (!same)
            {
                var runs = plot.Add.Scatter(days, open, ReportPalette.Ink);
                runs.LineWidth = 1.5f;
                runs.LinePattern = LinePattern.Dotted;
                runs.MarkerSize = 0;
                runs.LegendText = "Runs with a range open (right axis)";
                runs.Axes.YAxis = plot.Axes.Right;
            }
            plot.Axes.Right.Label.Text = "Share (%)";
            plot.Axes.Right.Label.FontSize = 12.5f;
            plot.Axes.Right.Label.FontName = ChartFonts.Family;
            ChartCanvas.PercentTicks(plot.Axes.Right, "0.#%");
            var maxShare = Math.Max(0.05, points.Max(p => Math.Max(p.RangeShare, p.RunsWithRange)));
            plot.Axes.SetLimitsY(0, maxShare * 1.1, plot.Axes.Right);
            var lo = Math.Min(0, points.Min(p => Math.Min(p.FirstReservation, p.SecondReservation)));
            var hi = Math.Max(1, points.Max(p => Math.Max(p.FirstReservation, p.SecondReservation)));
            plot.Axes.SetLimitsY(lo, hi + ((hi - lo) * 0.05), plot.Axes.Left);
            if (hypothesis.Agreement is { } deal)
            {
                var line = plot.Add.VerticalLine(deal.Day, 1.5f, Color.FromHex("#009E73"), LinePattern.Dotted);
                line.LegendText = $"Agreement (round {deal.Round}, day {ChartText.Number(deal.Day, "0")})";
            }
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Each side's mean reservation value (what fighting on is worth to it) round by round under hypothesis \u201c{hypothesis.Name}\u201d, over the Monte Carlo runs still going; the share of outcomes both prefer to fighting on at those mean values (dashed, right axis); and the share of runs in which a bargaining range was open that round (dotted, right axis). {Trend(points)}{Coinciding(report, points)} {ChartText.MonteCarlo(report, hypothesis.Name)}";
        return ChartCanvas.Render(plot, id, "range-over-time", title, caption, 560, 500);
    }

    /// <summary>The caption's note on series drawn once because they coincide exactly (empty when none do).</summary>
    internal static string Coinciding(RunReport report, IReadOnlyList<RangePoint> points)
    {
        double[] days = [.. points.Select(p => p.Day)];
        var reservations = CoincidentSeries.Groups([(days, [.. points.Select(p => p.FirstReservation)]), (days, [.. points.Select(p => p.SecondReservation)])]);
        var shares = CoincidentSeries.Groups([(days, [.. points.Select(p => p.RangeShare)]), (days, [.. points.Select(p => p.RunsWithRange)])]);
        return CoincidentSeries.Note(
            [.. reservations, .. shares.Select(g => (IReadOnlyList<int>)[.. g.Select(i => i + 2)])],
            [$"{report.Belligerents.First}'s reservation value", $"{report.Belligerents.Second}'s reservation value", "the share of outcomes both prefer (dashed)", "the share of runs with a range open"],
            "the same value every round");
    }

    /// <summary>What the plotted series do, read from the points themselves, so the caption is true of the chart.</summary>
    internal static string Trend(IReadOnlyList<RangePoint> points)
    {
        if (points.Count == 0)
        {
            return "No rounds were recorded.";
        }
        var first = points[0];
        var last = points[^1];
        return $"In round {first.Round} (day {ChartText.Number(first.Day, "0")}) the outcomes both prefer are {ChartText.Percent(first.RangeShare)} of all and a range is open in {ChartText.Percent(first.RunsWithRange)} of runs; "
            + $"in round {last.Round} (day {ChartText.Number(last.Day, "0")}), {ChartText.Percent(last.RangeShare)} and {ChartText.Percent(last.RunsWithRange)}. "
            + "The 'bargaining range' figure beside this chart is taken at the scenario's own reservation values, before any fighting.";
    }
}
