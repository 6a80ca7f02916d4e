using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Parley.Reports.Charts;

/// <summary>One look for every chart: white background, light grid, DejaVu Sans, legend below the plot.</summary>
internal static class ChartCanvas
{
    /// <summary>Charts are drawn at this multiple of their display size.</summary>
    public const float Scale = 2;

    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 6);

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();

        // Fonts.Default (set by ChartFonts) gives every label DejaVu Sans; Plot.Font.Set would also
        // force every label to normal weight and lose the bold title.
        plot.Title(title, 15);
        plot.Axes.Title.Label.ForeColor = ReportPalette.Ink;
        plot.XLabel(xLabel, 12.5f);
        plot.YLabel(yLabel, 12.5f);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E6E6E6");
        plot.Axes.Color(ReportPalette.Ink);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = 11;
        }
        plot.Axes.Top.FrameLineStyle.Color = Color.FromHex("#CCCCCC");
        plot.Axes.Right.FrameLineStyle.Color = Color.FromHex("#CCCCCC");
        plot.Legend.FontSize = 11;
        plot.Legend.OutlineColor = Color.FromHex("#CCCCCC");
        plot.Legend.ShadowColor = Colors.Transparent;
        return plot;
    }

    /// <summary>The legend in a panel under the plot; no panel when nothing is labelled (an empty panel breaks the layout).</summary>
    public static void LegendBelow(Plot plot)
    {
        var labelled = plot.Legend.ManualItems.Count > 0
            || plot.GetPlottables().SelectMany(p => p.LegendItems).Any(i => !string.IsNullOrEmpty(i.LabelText));
        if (!labelled)
        {
            plot.HideLegend();
            return;
        }
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>A chart's height with room for a legend of <paramref name="legendItems"/> rows below a plot of <paramref name="plotHeight"/>.</summary>
    public static int HeightWithLegend(int plotHeight, int legendItems) => plotHeight + 40 + (20 * Math.Max(0, legendItems));

    public static void PercentTicks(IAxis axis, string format = "0%") =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString(format, CultureInfo.InvariantCulture) };

    public static void ThousandsTicks(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("#,0", CultureInfo.InvariantCulture) };

    public static void NoData(Plot plot, string message)
    {
        var text = plot.Add.Text(message, 0.5, 0.5);
        text.LabelFontSize = 13;
        text.LabelFontColor = ReportPalette.Reference;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(0, 1, 0, 1);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickGenerator = new NumericManual();
        }
    }

    public static RenderedChart Render(Plot plot, string id, string kind, string title, string caption, int width, int height)
    {
        plot.ScaleFactor = Scale;
        var (w, h) = ((int)(width * Scale), (int)(height * Scale));
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"could not allocate a {w}x{h} drawing surface for chart '{id}'");

        // A legend panel is sized from the legend's previous render, so the first render can clip a
        // long legend: draw twice and keep the second.
        var canvas = surface.Canvas;
        for (var pass = 0; pass < 2; pass++)
        {
            var saved = canvas.Save();
            canvas.Clear(SKColors.White);
            plot.Render(canvas, w, h);
            canvas.RestoreToCount(saved);
        }
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException($"could not read the pixels of chart '{id}'");

        // The "sub" filter at a middle zlib level encodes about ten times faster than Skia's default
        // (all filters) for flat chart images, at a somewhat larger file.
        using var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException($"could not encode chart '{id}' as PNG");
        return new RenderedChart(id, kind, title, caption, width, height, png.ToArray());
    }
}
