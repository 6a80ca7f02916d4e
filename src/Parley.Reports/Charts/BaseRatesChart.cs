using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>
/// How similar wars ended, from a dataset: one horizontal bar per coded ending, its share of the cases
/// whose ending is coded; the cases not coded are counted in the caption, never drawn as an ending.
/// </summary>
internal static class BaseRatesChart
{
    /// <summary>Draws the chart.</summary>
    public static RenderedChart Render(EmpiricalEndings endings, string id)
    {
        ArgumentNullException.ThrowIfNull(endings);
        const string title = "How wars ended: base rates";
        var plot = ChartCanvas.Create(title, "Share of the coded cases (%)", "");
        var shares = endings.Shares;
        var height = Math.Max(300, 120 + (shares.Count * 36));
        if (shares.Count == 0 || endings.Coded == 0)
        {
            ChartCanvas.NoData(plot, "The dataset gave no endings");
        }
        else
        {
            var bars = shares.Select((s, i) => new Bar
            {
                Position = shares.Count - 1 - i,
                Value = endings.ShareOf(s),
                Size = 0.7,
                FillColor = ReportPalette.Reference,
                LineColor = Colors.Transparent,
                Label = ChartText.Percent(endings.ShareOf(s)),
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 10;
            plottable.ValueLabelStyle.FontName = ChartFonts.Family;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Share of the cases whose ending is coded", FillColor = ReportPalette.Reference });
            plot.Axes.Left.SetTicks([.. Enumerable.Range(0, shares.Count).Select(i => (double)(shares.Count - 1 - i))], [.. shares.Select(s => ChartText.Short(s.Ending, 30))]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.IsVisible = false;
            ChartCanvas.PercentTicks(plot.Axes.Bottom);
            plot.Axes.SetLimits(0, Math.Min(1.0, shares.Max(endings.ShareOf) * 1.18) + 0.02, -0.6, shares.Count - 0.4);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"{Counts(endings)} The base rates to hold the model's endings against. Source: {endings.Source}.";
        return ChartCanvas.Render(plot, id, "base-rates", title, caption, 560, height);
    }

    /// <summary>The caption's account of the cases: how many are coded (the denominator of every bar) and how many are not.</summary>
    internal static string Counts(EmpiricalEndings endings)
    {
        var coded = ChartText.Number(endings.Coded, "#,0");
        var total = ChartText.Number(endings.Coded + endings.NotCoded, "#,0");
        var left = endings.NotCoded switch
        {
            0 => "every case's ending is coded",
            1 => "1 case whose ending is not coded is left out",
            var n => $"{ChartText.Number(n, "#,0")} cases whose ending is not coded are left out",
        };
        return $"Share of the {coded} cases whose ending is coded (of {total}) that ended each way; {left}.";
    }
}
