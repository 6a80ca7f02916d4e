using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// How the Monte Carlo runs ended: share of runs per ending, grouped bars, one colour per hypothesis
/// (hatched from the seventh on, when the colours repeat).
/// </summary>
internal static class EndingsChart
{
    /// <summary>Draws the chart for all hypotheses.</summary>
    public static RenderedChart Render(RunReport report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        const string title = "Endings per hypothesis";
        var plot = ChartCanvas.Create(title, "Share of runs (%)", "");
        var endings = report.Hypotheses.SelectMany(h => h.Endings.Select(e => e.Ending)).Distinct(StringComparer.Ordinal).ToList();
        var groups = report.Hypotheses.Count;
        var height = Math.Max(470, 130 + (endings.Count * Math.Max(44, 22 * groups)));
        if (endings.Count == 0 || report.Hypotheses.All(h => h.TotalRuns == 0))
        {
            ChartCanvas.NoData(plot, "No Monte Carlo runs were recorded");
        }
        else
        {
            var barWidth = 0.8 / groups;
            var bars = new List<Bar>();
            for (var e = 0; e < endings.Count; e++)
            {
                // Endings run down the page: the first ending at the top.
                var centre = endings.Count - 1 - e;
                for (var g = 0; g < groups; g++)
                {
                    var h = report.Hypotheses[g];
                    var count = h.Endings.FirstOrDefault(x => x.Ending == endings[e]);
                    var share = count is null ? 0 : h.ShareOf(count);
                    var position = centre + 0.4 - ((g + 0.5) * barWidth);
                    bars.Add(new Bar
                    {
                        Position = position,
                        Value = share,
                        Size = barWidth * 0.92,
                        FillColor = ReportPalette.Hypothesis(g),
                        FillHatch = ReportPalette.HypothesisHatch(g),
                        FillHatchColor = ReportPalette.HatchColour,
                        LineColor = Colors.Transparent,
                        Label = share > 0 ? ChartText.Percent(share) : "",
                    });
                }
            }
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 10;
            plottable.ValueLabelStyle.FontName = ChartFonts.Family;
            for (var g = 0; g < groups; g++)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = ChartText.Short(report.Hypotheses[g].Name, 40),
                    FillColor = ReportPalette.Hypothesis(g),
                    FillHatch = ReportPalette.HypothesisHatch(g),
                    FillHatchColor = ReportPalette.HatchColour,
                });
            }
            double[] positions = [.. Enumerable.Range(0, endings.Count).Select(e => (double)(endings.Count - 1 - e))];
            plot.Axes.Left.SetTicks(positions, [.. endings.Select(e => ChartText.Short(e, 30))]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.IsVisible = false;
            ChartCanvas.PercentTicks(plot.Axes.Bottom);
            var max = bars.Max(b => b.Value);
            plot.Axes.SetLimits(0, Math.Min(1.0, max * 1.18) + 0.02, -0.6, endings.Count - 0.4);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Share of Monte Carlo runs ending each way (military victory, negotiated settlement, ceasefire, stalemate, ...), one bar per hypothesis, so the hypotheses compare side by side. {ChartText.MonteCarlo(report)}";
        return ChartCanvas.Render(plot, id, "endings", title, caption, 560, height);
    }
}
