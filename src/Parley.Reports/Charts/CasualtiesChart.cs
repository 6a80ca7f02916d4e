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
        var zero = Series(report.Belligerents, points).Zero;
        double[] days = [.. points.Select(p => p.Day)];
        var drawn = Drawn(report.Belligerents, points, zero);
        var groups = CoincidentSeries.Groups([.. drawn.Select(d => (days, d.Values))]);
        if (points.Count == 0)
        {
            ChartCanvas.NoData(plot, "No casualty series was recorded");
        }
        else
        {
            string[] labels = [.. drawn.Select(d => ChartText.Short(d.Label, 60))];
            foreach (var group in groups)
            {
                var first = drawn[group[0]];
                Line(plot, days, first.Values, first.Side, first.Civilian ? LinePattern.Dashed : LinePattern.Solid, CoincidentSeries.Label(group, labels, 90));
            }
            ChartCanvas.ThousandsTicks(plot.Axes.Left);
            var max = points.Max(p => Math.Max(Math.Max(p.First.Combatant, p.First.Civilian), Math.Max(p.Second.Combatant, p.Second.Civilian)));
            plot.Axes.SetLimitsY(0, Math.Max(1, max) * 1.06);
        }
        ChartCanvas.LegendBelow(plot);
        var zeroNote = zero.Count == 0 || points.Count == 0 ? "" : $" Not drawn, zero in every run (the scenario gives no figure for them): {string.Join("; ", zero)}.";
        zeroNote += CoincidentSeries.Note(groups, [.. drawn.Select(d => d.Label)], "the same deaths every day");
        var caption = $"Mean cumulative deaths per series, day by day, under hypothesis \u201c{hypothesis.Name}\u201d, each series named by what it counts: {string.Join("; ", Labels(report.Belligerents))} (combatant series solid, civilian series dashed); a run stops adding deaths once its war has ended.{zeroNote} {ChartText.MonteCarlo(report, hypothesis.Name)}";
        return ChartCanvas.Render(plot, id, "casualties", title, caption, 560, 500);
    }

    /// <summary>The series the chart draws and those it leaves out for being zero in every round, by label.</summary>
    internal static (IReadOnlyList<string> Drawn, IReadOnlyList<string> Zero) Series(BelligerentPair pair, IReadOnlyList<CasualtyPoint> points)
    {
        var drawn = new List<string>();
        var zero = new List<string>();
        for (var side = 0; side < 2; side++)
        {
            foreach (var civilian in new[] { false, true })
            {
                var s = side;
                var any = points.Any(p => (s == 0 ? p.First : p.Second) is var c && (civilian ? c.Civilian : c.Combatant) != 0);
                (any ? drawn : zero).Add(pair.CasualtyLabel(side, civilian));
            }
        }
        return (drawn, zero);
    }

    /// <summary>The series drawn (not zero throughout): side, kind, label and values, in the chart's order.</summary>
    private static List<(int Side, bool Civilian, string Label, double[] Values)> Drawn(BelligerentPair pair, IReadOnlyList<CasualtyPoint> points, IReadOnlyList<string> zero)
    {
        var list = new List<(int, bool, string, double[])>();
        for (var side = 0; side < 2; side++)
        {
            foreach (var civilian in new[] { false, true })
            {
                var label = pair.CasualtyLabel(side, civilian);
                if (!zero.Contains(label))
                {
                    var s = side;
                    var c = civilian;
                    list.Add((side, civilian, label, [.. points.Select(p => Of(p, s, c))]));
                }
            }
        }
        return list;
    }

    private static double Of(CasualtyPoint p, int side, bool civilian)
    {
        var sideDeaths = side == 0 ? p.First : p.Second;
        return civilian ? sideDeaths.Civilian : sideDeaths.Combatant;
    }

    private static IEnumerable<string> Labels(BelligerentPair pair) =>
        from side in new[] { 0, 1 }
        from civilian in new[] { false, true }
        select pair.CasualtyLabel(side, civilian);

    private static void Line(Plot plot, double[] days, double[] values, int side, LinePattern pattern, string label)
    {
        var s = plot.Add.Scatter(days, values, ReportPalette.Side(side));
        s.LineWidth = 2;
        s.MarkerSize = 0;
        s.LinePattern = pattern;
        s.LegendText = label;
    }
}
