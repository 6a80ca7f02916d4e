using Parley.Data.Survival;
using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// Kaplan-Meier survival curves from a dataset, as steps with their confidence bands, and the model's
/// ceasefire survival at 30, 90 and 365 days per hypothesis as markers to compare against.
/// </summary>
internal static class SurvivalChart
{
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp, MarkerShape.FilledSquare, MarkerShape.FilledTriangleDown];

    /// <summary>Draws the chart.</summary>
    public static RenderedChart Render(RunReport report, EmpiricalSurvival survival, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(survival);
        var title = $"How long {survival.TimeLabel}s held (Kaplan-Meier)";
        var plot = ChartCanvas.Create(title, $"Days since the {survival.TimeLabel} began", "Still holding (%)");
        var curves = survival.Curves.Where(c => c.Points.Count > 0).ToList();
        if (curves.Count == 0)
        {
            ChartCanvas.NoData(plot, "The dataset gave no survival curve");
        }
        else
        {
            for (var i = 0; i < curves.Count; i++)
            {
                var c = curves[i];
                var colour = CurveColour(i);
                var (xs, lower, upper) = Steps(c.Points);
                var band = plot.Add.FillY(xs, lower, upper);
                band.FillColor = colour.WithAlpha(0.16);
                band.LineColor = Colors.Transparent;
                band.LegendText = "";
                var line = plot.Add.Scatter(c.Points.Select(p => p.Time).ToArray(), c.Points.Select(p => p.Survival).ToArray(), colour);
                line.ConnectStyle = ConnectStyle.StepHorizontal;
                line.LineWidth = 2;
                line.MarkerSize = 0;
                line.LegendText = $"{ChartText.Short(c.Group, 40)} (band: 95% interval)";
            }
            for (var i = 0; i < report.Hypotheses.Count; i++)
            {
                if (report.Hypotheses[i].CeasefireSurvival is not { } s)
                {
                    continue;
                }
                var m = plot.Add.Scatter(new double[] { 30, 90, 365 }, new[] { s.At30Days, s.At90Days, s.At365Days }, ReportPalette.Hypothesis(i));
                m.LineWidth = 0;
                m.MarkerShape = Shapes[i % Shapes.Length];
                m.MarkerSize = 11;
                m.LegendText = $"Model: {ChartText.Short(report.Hypotheses[i].Name, 40)}";
            }
            ChartCanvas.PercentTicks(plot.Axes.Left);
            var maxDay = Math.Max(400, curves.Max(c => c.Points[^1].Time));
            plot.Axes.SetLimits(0, maxDay * 1.02, 0, 1.04);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Share of {survival.TimeLabel}s still holding by days since they began, with 95% confidence bands (Kaplan-Meier), and the model's ceasefire survival at 30, 90 and 365 days per hypothesis (markers). Source: {survival.Source}; model: {ChartText.MonteCarlo(report)[8..]}";
        return ChartCanvas.Render(plot, id, "km-survival", title, caption, 560, 470);
    }

    private static Color CurveColour(int i) => i switch
    {
        0 => ReportPalette.Ink,
        1 => ReportPalette.Reference,
        _ => ReportPalette.Hypothesis(i + 2),
    };

    /// <summary>The band as a step function: each value holds until the next day.</summary>
    private static (double[] Xs, double[] Lower, double[] Upper) Steps(IReadOnlyList<SurvivalPoint> points)
    {
        var n = points.Count;
        var xs = new double[(2 * n) - 1];
        var lo = new double[xs.Length];
        var hi = new double[xs.Length];
        for (var i = 0; i < n; i++)
        {
            xs[2 * i] = points[i].Time;
            lo[2 * i] = points[i].Lower;
            hi[2 * i] = points[i].Upper;
            if (i + 1 < n)
            {
                xs[(2 * i) + 1] = points[i + 1].Time;
                lo[(2 * i) + 1] = points[i].Lower;
                hi[(2 * i) + 1] = points[i].Upper;
            }
        }
        return (xs, lo, hi);
    }
}
