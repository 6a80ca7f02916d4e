using Parley.Reports.Charts;
using SkiaSharp;

namespace Parley.Cli.Tests.Reports;

public sealed class ChartRenderingTests
{
    [Fact]
    public void Charts_draw_their_title_text_headless()
    {
        // The title is the only thing in the top band of the image: dark pixels there mean text was drawn,
        // which fails when no font is found (SkiaSharp's self-contained Linux build has no fontconfig).
        var report = ReportFixture.Build();
        var chart = ParetoChart.Render(report, report.Hypotheses[0], "chart-test");
        using var bitmap = SKBitmap.Decode(chart.Png);
        Assert.Equal(chart.Width * 2, bitmap.Width);
        var dark = 0;
        for (var y = 0; y < 40; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 300)
                {
                    dark++;
                }
            }
        }
        Assert.True(dark > 200, $"only {dark} dark pixels in the title band: was any text drawn?");
    }

    [Fact]
    public void Dejavu_is_registered_where_debian_installs_it()
    {
        const string debian = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        ChartFonts.EnsureRegistered();
        if (File.Exists(debian))
        {
            Assert.Equal(debian, ChartFonts.FontFile);
        }
        Assert.Equal("DejaVu Sans", ScottPlot.Fonts.Default);
    }

    [Fact]
    public void Sides_and_hypotheses_never_share_a_colour()
    {
        var sides = new[] { ReportPalette.SideHex(0), ReportPalette.SideHex(1) };
        var hypotheses = Enumerable.Range(0, 12).Select(ReportPalette.HypothesisHex).ToList();
        Assert.NotEqual(sides[0], sides[1]);
        Assert.Empty(hypotheses.Intersect(sides));
        Assert.Equal(6, hypotheses.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportPalette.SideHex(2));
    }

    [Fact]
    public void An_empty_range_draws_without_solution_points()
    {
        var report = ReportFixture.Build();
        var unlimited = report.Hypotheses[1];
        var chart = ParetoChart.Render(report, unlimited, "chart-x");
        Assert.Contains("The bargaining range is empty", chart.Caption, StringComparison.Ordinal);
        Assert.Contains("No agreement was reached", chart.Caption, StringComparison.Ordinal);
        Assert.NotEmpty(chart.Png);
    }
}
