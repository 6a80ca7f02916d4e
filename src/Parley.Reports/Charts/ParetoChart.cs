using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// The Pareto frontier of the two belligerents' utilities, the bargaining range (the corner above
/// both reservation values), the Nash and Kalai-Smorodinsky points and the agreement reached.
/// </summary>
internal static class ParetoChart
{
    /// <summary>Draws the chart for one hypothesis, with <paramref name="marker"/> marked when given.</summary>
    public static RenderedChart Render(RunReport report, HypothesisReport hypothesis, string id, ChartMarker? marker = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var (first, second) = (report.Belligerents.First, report.Belligerents.Second);
        var title = $"Pareto frontier: {hypothesis.Name}";
        var plot = ChartCanvas.Create(ChartText.Title("Pareto frontier", hypothesis.Name), UtilityLabel(first), UtilityLabel(second));

        var frontier = hypothesis.ParetoFrontier.OrderBy(p => p.First).ToArray();
        var all = frontier.Append(hypothesis.Reservation).ToList();
        foreach (var extra in new[] { hypothesis.Nash?.Utilities, hypothesis.KalaiSmorodinsky?.Utilities, hypothesis.Agreement?.Utilities, marker?.Point })
        {
            if (extra is not null)
            {
                all.Add(extra);
            }
        }
        var (xMin, xMax) = Bounds(all.Select(p => p.First));
        var (yMin, yMax) = Bounds(all.Select(p => p.Second));

        var r = hypothesis.Reservation;
        if (r.First < xMax && r.Second < yMax)
        {
            var zone = plot.Add.Rectangle(r.First, xMax, r.Second, yMax);
            zone.FillColor = Color.FromHex("#009E73").WithAlpha(0.07);
            zone.LineColor = Colors.Transparent;
            zone.LegendText = "Better than war for both";
        }
        var v = plot.Add.VerticalLine(r.First, 1, ReportPalette.Reference, LinePattern.Dashed);
        var h = plot.Add.HorizontalLine(r.Second, 1, ReportPalette.Reference, LinePattern.Dashed);
        v.LegendText = h.LegendText = "";

        if (frontier.Length > 0)
        {
            var line = plot.Add.Scatter(frontier.Select(p => p.First).ToArray(), frontier.Select(p => p.Second).ToArray(), ReportPalette.Ink);
            line.LineWidth = 1.8f;
            line.MarkerSize = frontier.Length <= 60 ? 4 : 0;
            line.LegendText = $"Pareto frontier ({frontier.Length} points)";
        }
        Point(plot, r, MarkerShape.Cross, 11, ReportPalette.Ink, $"Reservation values ({ChartText.Number(r.First, "0.00")}, {ChartText.Number(r.Second, "0.00")})");
        if (hypothesis.Nash is { } nash)
        {
            Point(plot, nash.Utilities, MarkerShape.FilledDiamond, 13, Color.FromHex("#D55E00"), $"Nash ({Pair(nash.Utilities)})");
        }
        if (hypothesis.KalaiSmorodinsky is { } ks)
        {
            Point(plot, ks.Utilities, MarkerShape.FilledTriangleUp, 13, Color.FromHex("#CC79A7"), $"Kalai-Smorodinsky ({Pair(ks.Utilities)})");
        }
        if (hypothesis.Agreement is { } deal)
        {
            // The legend holds six entries: with a marker, the caption names this point instead.
            Point(plot, deal.Utilities, MarkerShape.OpenCircle, 17, Color.FromHex("#009E73"), marker is null ? $"Agreement reached, round {deal.Round} ({Pair(deal.Utilities)})" : "", 2.5f);
        }
        if (marker is not null)
        {
            Point(plot, marker.Point, MarkerShape.FilledSquare, 12, Color.FromHex("#56B4E9"), $"{marker.Label} ({Pair(marker.Point)})", 2);
        }
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        ChartCanvas.LegendBelow(plot);

        var range = hypothesis.RangeSize == 0
            ? "The bargaining range is empty: no point on the frontier is better than war for both sides, so there is no Nash or Kalai-Smorodinsky text."
            : $"The shaded corner holds the outcomes both prefer to fighting on ({ChartText.Percent(hypothesis.RangeShare)} of all outcomes).";
        var deal2 = hypothesis.Agreement is null ? " No agreement was reached in the mediated negotiation." : "";
        var agreed = marker is not null && hypothesis.Agreement is { } reached ? $" Green circle: the agreement reached in the mediated negotiation, round {reached.Round} ({Pair(reached.Utilities)})." : "";
        var marked = marker is null ? "" : $" Sky-blue square: {marker.Label} ({Pair(marker.Point)}).{agreed}";
        var caption = $"Pareto frontier of the utilities of {first} and {second} under hypothesis \u201c{hypothesis.Name}\u201d, with each side's reservation value (dashed). {range}{deal2}{marked} {ChartText.Analysis(report, hypothesis)}";
        return ChartCanvas.Render(plot, id, "pareto", title, caption, 560, 500);
    }

    private static void Point(Plot plot, UtilityPoint p, MarkerShape shape, float size, Color colour, string label, float lineWidth = 1)
    {
        var m = plot.Add.Marker(p.First, p.Second, shape, size, colour);
        m.MarkerLineWidth = lineWidth;
        m.LegendText = label;
    }

    private static string UtilityLabel(string party) =>
        party.Length <= 20 ? $"Utility to {party} (0 = worst, 1 = best)" : $"Utility to {ChartText.Short(party, 32)} (0-1)";

    private static string Pair(UtilityPoint p) => $"{ChartText.Number(p.First, "0.00")}, {ChartText.Number(p.Second, "0.00")}";

    private static (double Min, double Max) Bounds(IEnumerable<double> values)
    {
        var list = values.ToList();
        var lo = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var hi = Math.Max(1, list.Count == 0 ? 1 : list.Max());
        var pad = (hi - lo) * 0.04;
        return (lo - pad, hi + pad);
    }
}
