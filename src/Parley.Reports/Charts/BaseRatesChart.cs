using Parley.Application.Results;
using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>How similar wars ended, from a dataset: one horizontal bar per ending.</summary>
internal static class BaseRatesChart
{
    /// <summary>Draws the chart.</summary>
    public static RenderedChart Render(EmpiricalEndings endings, string id)
    {
        ArgumentNullException.ThrowIfNull(endings);
        const string title = "How wars ended: base rates";
        var plot = ChartCanvas.Create(title, "Share of cases (%)", "");
        var shares = endings.Shares;
        var height = Math.Max(300, 120 + (shares.Count * 36));
        if (shares.Count == 0)
        {
            ChartCanvas.NoData(plot, "The dataset gave no endings");
        }
        else
        {
            var bars = shares.Select((s, i) => new Bar
            {
                Position = shares.Count - 1 - i,
                Value = s.Share,
                Size = 0.7,
                FillColor = ReportPalette.Reference,
                LineColor = Colors.Transparent,
                Label = ChartText.Percent(s.Share),
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 10;
            plottable.ValueLabelStyle.FontName = ChartFonts.Family;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Observed share of cases", FillColor = ReportPalette.Reference });
            plot.Axes.Left.SetTicks([.. Enumerable.Range(0, shares.Count).Select(i => (double)(shares.Count - 1 - i))], [.. shares.Select(s => ChartText.Short(s.Ending, 30))]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Grid.YAxisStyle.IsVisible = false;
            ChartCanvas.PercentTicks(plot.Axes.Bottom);
            plot.Axes.SetLimits(0, Math.Min(1.0, shares.Max(s => s.Share) * 1.18) + 0.02, -0.6, shares.Count - 0.4);
        }
        ChartCanvas.LegendBelow(plot);
        var caption = $"Share of cases ending each way in a reference dataset, the base rates to hold the model's endings against. Source: {endings.Source}.";
        return ChartCanvas.Render(plot, id, "base-rates", title, caption, 560, height);
    }
}
