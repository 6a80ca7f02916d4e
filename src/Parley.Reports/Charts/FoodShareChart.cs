using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// Share of food need met over time, one line per hypothesis, against the 100% line. Hypotheses whose
/// series coincide exactly are drawn once, all named in the legend and the caption.
/// </summary>
internal static class FoodShareChart
{
    /// <summary>Draws the chart for all hypotheses.</summary>
    public static RenderedChart Render(RunReport report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        const string title = "Share of food need met over time";
        var plot = ChartCanvas.Create(title, "War day", "Food reaching people / need (%)");
        var drawn = report.Hypotheses.Select((h, i) => (h, i)).Where(x => x.h.FoodShare.Count > 0).ToList();
        var names = drawn.Select(x => x.h.Name).ToList();
        var groups = CoincidentSeries.Groups([.. drawn.Select(x => (x.h.FoodShare.Select(p => p.Day).ToArray(), x.h.FoodShare.Select(p => p.ShareOfNeedMet).ToArray()))]);
        if (drawn.Count == 0)
        {
            ChartCanvas.NoData(plot, "No food series was recorded");
        }
        else
        {
            var need = plot.Add.HorizontalLine(1, 1, ReportPalette.Reference, LinePattern.Dashed);
            need.LegendText = "Need (2,100 kcal per person per day)";
            foreach (var group in groups)
            {
                var (h, index) = drawn[group[0]];
                var s = plot.Add.Scatter(h.FoodShare.Select(p => p.Day).ToArray(), h.FoodShare.Select(p => p.ShareOfNeedMet).ToArray(), ReportPalette.Hypothesis(index));
                s.LineWidth = 2.2f;
                s.LinePattern = ReportPalette.HypothesisPattern(index);
                s.MarkerSize = h.FoodShare.Count <= 40 ? 4 : 0;
                s.LegendText = CoincidentSeries.Label(group, names, 80);
            }
            ChartCanvas.PercentTicks(plot.Axes.Left);
            plot.Axes.SetLimitsY(0, 1.08);
        }
        ChartCanvas.LegendBelow(plot);
        var note = CoincidentSeries.Note(groups, names, "the same share every day");
        var caption = $"Mean share of the population's food need (2,100 kcal per person per day) that reaches people, day by day, one line per hypothesis: it rises when an agreement's aid terms take effect and falls when a ceasefire breaks down.{note} {ChartText.MonteCarlo(report)}";
        return ChartCanvas.Render(plot, id, "food-share", title, caption, 560, ChartCanvas.HeightWithLegend(360, groups.Count + 1));
    }
}
