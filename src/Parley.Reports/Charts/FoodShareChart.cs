using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>Share of food need met over time, one line per hypothesis, against the 100% line.</summary>
internal static class FoodShareChart
{
    /// <summary>Draws the chart for all hypotheses.</summary>
    public static RenderedChart Render(RunReport report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        const string title = "Share of food need met over time";
        var plot = ChartCanvas.Create(title, "War day", "Food reaching people / need (%)");
        if (report.Hypotheses.All(h => h.FoodShare.Count == 0))
        {
            ChartCanvas.NoData(plot, "No food series was recorded");
        }
        else
        {
            var need = plot.Add.HorizontalLine(1, 1, ReportPalette.Reference, LinePattern.Dashed);
            need.LegendText = "Need (2,100 kcal per person per day)";
            for (var i = 0; i < report.Hypotheses.Count; i++)
            {
                var h = report.Hypotheses[i];
                if (h.FoodShare.Count == 0)
                {
                    continue;
                }
                var s = plot.Add.Scatter(h.FoodShare.Select(p => p.Day).ToArray(), h.FoodShare.Select(p => p.ShareOfNeedMet).ToArray(), ReportPalette.Hypothesis(i));
                s.LineWidth = 2.2f;
                s.MarkerSize = h.FoodShare.Count <= 40 ? 4 : 0;
                s.LegendText = ChartText.Short(h.Name, 40);
            }
            ChartCanvas.PercentTicks(plot.Axes.Left);
            plot.Axes.SetLimitsY(0, 1.08);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Mean share of the population's food need (2,100 kcal per person per day) that reaches people, day by day, one line per hypothesis: it rises when an agreement's aid terms take effect and falls when a ceasefire breaks down. {ChartText.MonteCarlo(report)}";
        return ChartCanvas.Render(plot, id, "food-share", title, caption, 560, 470);
    }
}
