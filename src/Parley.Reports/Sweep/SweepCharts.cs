using System.Globalization;
using Parley.Reports.Charts;
using Parley.Store.Sensitivity;
using ScottPlot;

namespace Parley.Reports.Sweep;

/// <summary>The charts of a sweep report: a tornado per outcome and a response curve per parameter.</summary>
internal static class SweepCharts
{
    /// <summary>
    /// The tornado of <paramref name="outcome"/>: one horizontal bar per parameter from the lowest to the
    /// highest outcome it gives, around the baseline (a vertical line), the widest bar on top.
    /// </summary>
    public static RenderedChart Tornado(OutcomeSensitivity outcome, string id)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var title = $"What moves {SweepText.Outcome(outcome.Outcome)} ({outcome.Hypothesis})";
        var plot = ChartCanvas.Create(title, SweepText.Outcome(outcome.Outcome), "");
        var effects = outcome.Effects;
        var height = Math.Max(260, 120 + (effects.Count * 42));
        var bars = new List<Bar>();
        for (var i = 0; i < effects.Count; i++)
        {
            var e = effects[i];
            if (!double.IsFinite(e.Low) || !double.IsFinite(e.High))
            {
                continue;
            }
            bars.Add(new Bar
            {
                Position = effects.Count - 1 - i,
                ValueBase = e.Low,
                Value = Math.Max(e.High, e.Low + 1e-9),
                Size = 0.6,
                FillColor = ReportPalette.Hypothesis(0),
                LineColor = Colors.Transparent,
            });
        }
        if (bars.Count == 0)
        {
            ChartCanvas.NoData(plot, "No parameter moved this outcome");
        }
        else
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            if (double.IsFinite(outcome.Baseline))
            {
                var line = plot.Add.VerticalLine(outcome.Baseline);
                line.Color = ReportPalette.Reference;
                line.LinePattern = LinePattern.Dashed;
                line.LegendText = "baseline";
            }
            double[] positions = [.. Enumerable.Range(0, effects.Count).Select(i => (double)(effects.Count - 1 - i))];
            plot.Axes.Left.SetTicks(positions, [.. effects.Select(e => ChartText.Short(e.Parameter, 38))]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.IsVisible = false;
            if (SweepText.IsShare(outcome.Outcome))
            {
                ChartCanvas.PercentTicks(plot.Axes.Bottom);
            }
        }
        ChartCanvas.LegendBelow(plot);
        return ChartCanvas.Render(plot, id, "tornado", title, $"Lowest to highest {SweepText.Outcome(outcome.Outcome)} as each parameter varies; dashed: the baseline.", 820, height);
    }

    /// <summary>The response curve of <paramref name="effect"/>: the outcome at each value of the parameter.</summary>
    public static RenderedChart Response(OutcomeSensitivity outcome, ParameterEffect effect, string id)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(effect);
        var title = ChartText.Short($"{effect.Parameter} ({outcome.Hypothesis})", 60);
        var plot = ChartCanvas.Create(title, effect.Parameter, SweepText.Outcome(outcome.Outcome));
        var points = effect.Curve.Where(c => double.IsFinite(c.Outcome)).ToList();
        if (points.Count == 0)
        {
            ChartCanvas.NoData(plot, "No value of this parameter gave the outcome");
        }
        else if (points.All(p => double.IsFinite(p.X)))
        {
            var sorted = points.OrderBy(p => p.X).ToList();
            var scatter = plot.Add.Scatter(sorted.Select(p => p.X).ToArray(), sorted.Select(p => p.Outcome).ToArray());
            scatter.Color = ReportPalette.Hypothesis(0);
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
        }
        else
        {
            var bars = plot.Add.Bars(points.Select(p => p.Outcome).ToArray());
            bars.Color = ReportPalette.Hypothesis(0);
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], [.. points.Select(p => ChartText.Short(p.Value, 24))]);
        }
        if (SweepText.IsShare(outcome.Outcome))
        {
            ChartCanvas.PercentTicks(plot.Axes.Left);
            plot.Axes.SetLimitsY(-0.02, 1.02);
        }
        return ChartCanvas.Render(plot, id, "response", title, $"Mean {SweepText.Outcome(outcome.Outcome)} at each value of {effect.Parameter}.", 560, 360);
    }
}

/// <summary>How outcomes are named in the sweep report.</summary>
public static class SweepText
{
    /// <summary>A readable name of an outcome.</summary>
    public static string Outcome(string name) => name switch
    {
        "agreement" => "share of runs with an agreement",
        "daysToAgreement" => "mean days to agreement",
        "ceasefireHolds365" => "ceasefires holding a year",
        _ when name.StartsWith("ending:", StringComparison.Ordinal) => "share ending " + name["ending:".Length..],
        _ => name,
    };

    /// <summary>True for outcomes that are shares (shown as percentages).</summary>
    public static bool IsShare(string name) => name != "daysToAgreement";

    /// <summary>A number as the report shows it.</summary>
    public static string Format(string outcome, double value) =>
        !double.IsFinite(value) ? "" : IsShare(outcome) ? value.ToString("0.0%", CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);
}
