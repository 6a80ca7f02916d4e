using System.Globalization;
using Parley.Data.Survival;
using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// Kaplan-Meier survival charts: the dataset's curves split by a clause feature (each group named in
/// words with its n), and each hypothesis's own ceasefire curve against the subsets of the data that
/// match the scenario. Data curves are steps with their confidence bands; model curves are coloured
/// steps, drawn once when hypotheses coincide.
/// </summary>
internal static class SurvivalChart
{
    /// <summary>Groups of one feature: ink for all, then blue, orange and grey (no model curve shares the chart).</summary>
    private static readonly Color[] FeaturePalette = [ReportPalette.Ink, Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), ReportPalette.Reference];

    /// <summary>Data beside model curves: black, solid then dotted, so the hypotheses' colours stay theirs.</summary>
    private static readonly Color[] DataPalette = [Colors.Black];

    /// <summary>The dataset's curves, split by a feature; no model curve.</summary>
    public static RenderedChart ByFeature(RunReport report, EmpiricalSurvival survival, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(survival);
        var title = $"How long {survival.TimeLabel}s held, by clause";
        var plot = ChartCanvas.Create(title, $"Days since the {survival.TimeLabel} began", "Still holding (%)");
        var curves = survival.Curves.Where(c => c.Points.Count > 0).ToList();
        Draw(plot, curves, [], FeaturePalette);
        var caption = $"Share of {survival.TimeLabel}s still holding by days since they began (Kaplan-Meier, 95% bands), one curve per group: {Groups(curves)}. "
            + $"Code meanings are Parley's reading of the data (the codebook is not in the stored material); n counts the {survival.TimeLabel}s that can be placed in time. Source: {survival.Source}.";
        return ChartCanvas.Render(plot, id, "km-survival", title, caption, 560, ChartCanvas.HeightWithLegend(400, curves.Count));
    }

    /// <summary>Each hypothesis's ceasefire curve from the Monte Carlo runs against the matching subsets of the data.</summary>
    public static RenderedChart AgainstModel(RunReport report, EmpiricalSurvival matched, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(matched);
        var title = $"The model's {matched.TimeLabel}s against matching ones";
        var plot = ChartCanvas.Create(title, $"Days since the {matched.TimeLabel} began", "Still holding (%)");
        var curves = matched.Curves.Where(c => c.Points.Count > 0).ToList();
        var models = report.Hypotheses.Select((h, i) => (h, i)).Where(x => x.h.CeasefireCurve is { Points.Count: > 0 }).ToList();
        var groups = CoincidentSeries.Groups([.. models.Select(m => Series(m.h.CeasefireCurve!))]);
        Draw(plot, curves, [.. groups.Select(g => (models[g[0]].h.CeasefireCurve!, models[g[0]].i, Label(g, models)))], DataPalette);
        var names = models.Select(m => m.h.Name).ToList();
        var model = models.Count == 0
            ? "No hypothesis reached a ceasefire in its runs, so no model curve is drawn."
            : $"Model, per hypothesis, over the first ceasefire of each Monte Carlo run that reached one (a collapse ends it; one still holding when its run ends is censored): {string.Join("; ", models.Select(m => ModelFigures(m.h)))} (the figures of the summary table).{CoincidentSeries.Note(groups, names, "the same curve")}";
        var caption = $"Share of {matched.TimeLabel}s still holding by days since they began (Kaplan-Meier). {model} "
            + $"Data, the subsets that match the scenario (95% bands): {Groups(curves)}. Source: {matched.Source}; model: {ChartText.MonteCarlo(report)[8..]}";
        return ChartCanvas.Render(plot, id, "km-model", title, caption, 560, ChartCanvas.HeightWithLegend(400, curves.Count + groups.Count));
    }

    private static void Draw(Plot plot, IReadOnlyList<SurvivalCurve> curves, IReadOnlyList<(SurvivalCurve Curve, int Hypothesis, string Label)> models, Color[] palette)
    {
        if (curves.Count == 0 && models.Count == 0)
        {
            ChartCanvas.NoData(plot, "The dataset gave no survival curve");
            ChartCanvas.LegendBelow(plot);
            return;
        }
        for (var i = 0; i < curves.Count; i++)
        {
            var c = curves[i];
            var colour = palette[i % palette.Length];
            var (xs, lower, upper) = Steps(c.Points);
            var band = plot.Add.FillY(xs, lower, upper);
            band.FillColor = colour.WithAlpha(0.16);
            band.LineColor = Colors.Transparent;
            band.LegendText = "";
            Step(plot, c, colour, palette.Length == 1 && i % 2 == 1 ? LinePattern.Dotted : LinePattern.Solid, $"{ChartText.Short(c.Group, 60)} (n = {Count(c.Count)})");
        }
        foreach (var (curve, hypothesis, label) in models)
        {
            Step(plot, curve, ReportPalette.Hypothesis(hypothesis), ReportPalette.HypothesisPattern(hypothesis), label);
        }
        ChartCanvas.PercentTicks(plot.Axes.Left);
        var maxDay = Math.Max(400, curves.Concat(models.Select(m => m.Curve)).Max(c => c.Points[^1].Time));
        plot.Axes.SetLimits(0, maxDay * 1.02, 0, 1.04);
        ChartCanvas.LegendBelow(plot);
    }

    private static void Step(Plot plot, SurvivalCurve c, Color colour, LinePattern pattern, string label)
    {
        var line = plot.Add.Scatter(c.Points.Select(p => p.Time).ToArray(), c.Points.Select(p => p.Survival).ToArray(), colour);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
        line.LegendText = label;
    }

    /// <summary>A model curve as a series to compare: its steps, then its n (curves of different n never coincide).</summary>
    private static (double[] X, double[] Y) Series(SurvivalCurve c) =>
        ([.. c.Points.Select(p => p.Time)], [.. c.Points.Select(p => p.Survival), c.Count]);

    private static string Label(IReadOnlyList<int> group, List<(HypothesisReport h, int i)> models) =>
        $"Model: {CoincidentSeries.Label(group, [.. models.Select(m => m.h.Name)], 50)} (n = {Count(models[group[0]].h.CeasefireCurve!.Count)})";

    /// <summary>"limited-aims n = 1,998 ceasefires, 96.8% holding at 30 days, 93.7% at 90, 87.2% at 365".</summary>
    private static string ModelFigures(HypothesisReport h)
    {
        var n = $"{h.Name} n = {Count(h.CeasefireCurve!.Count)} ceasefires";
        return h.CeasefireSurvival is { } s
            ? $"{n}, {ChartText.Percent(s.At30Days)} holding at 30 days, {ChartText.Percent(s.At90Days)} at 90, {ChartText.Percent(s.At365Days)} at 365"
            : n;
    }

    private static string Groups(IEnumerable<SurvivalCurve> curves) => string.Join("; ", curves.Select(c =>
        $"{c.Group} (n = {Count(c.Count)}{(c.Events is { } e ? $", {Count(e)} broke down" : "")}{(c.Selection.Length > 0 ? $": {c.Selection}" : "")})"));

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

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
