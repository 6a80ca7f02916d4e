using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>Mean cumulative deaths per side over time: combatants solid, civilians dashed, one colour per side.</summary>
internal static class CasualtiesChart
{
    /// <summary>Draws the chart for one hypothesis.</summary>
    public static RenderedChart Render(RunReport report, HypothesisReport hypothesis, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var title = $"Casualties over time: {hypothesis.Name}";
        var plot = ChartCanvas.Create(ChartText.Title("Casualties over time", hypothesis.Name), "War day", "Cumulative deaths (mean over runs)");
        var points = hypothesis.Casualties;
        if (points.Count == 0)
        {
            ChartCanvas.NoData(plot, "No casualty series was recorded");
        }
        else
        {
            var days = points.Select(p => p.Day).ToArray();
            var names = new[] { report.Belligerents.First, report.Belligerents.Second };
            Func<CasualtyPoint, SideCasualties>[] sides = [p => p.First, p => p.Second];
            for (var side = 0; side < 2; side++)
            {
                var pick = sides[side];
                Line(plot, days, points.Select(p => pick(p).Combatant).ToArray(), side, LinePattern.Solid, $"{ChartText.Short(names[side], 32)} side: combatants");
                Line(plot, days, points.Select(p => pick(p).Civilian).ToArray(), side, LinePattern.Dashed, $"{ChartText.Short(names[side], 32)} side: civilians");
            }
            ChartCanvas.ThousandsTicks(plot.Axes.Left);
            var max = points.Max(p => Math.Max(Math.Max(p.First.Combatant, p.First.Civilian), Math.Max(p.Second.Combatant, p.Second.Civilian)));
            plot.Axes.SetLimitsY(0, Math.Max(1, max) * 1.06);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Mean cumulative combatant (solid) and civilian (dashed) deaths on each belligerent's side, day by day, under hypothesis \u201c{hypothesis.Name}\u201d; a run stops adding deaths once its war has ended. {ChartText.MonteCarlo(report, hypothesis.Name)}";
        return ChartCanvas.Render(plot, id, "casualties", title, caption, 560, 500);
    }

    private static void Line(Plot plot, double[] days, double[] values, int side, LinePattern pattern, string label)
    {
        var s = plot.Add.Scatter(days, values, ReportPalette.Side(side));
        s.LineWidth = 2;
        s.MarkerSize = 0;
        s.LinePattern = pattern;
        s.LegendText = label;
    }
}
