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

    [Fact]
    public void A_marker_draws_a_sky_blue_square_named_in_the_legend_and_caption()
    {
        var report = ReportFixture.Build();
        var plain = ParetoChart.Render(report, report.Hypotheses[0], "chart-plain");
        var marked = ReportCharts.ParetoWith(report, report.Hypotheses[0], "chart-marked", new ChartMarker(new Parley.Application.Results.UtilityPoint(0.3, 0.7), "your game's agreement, round 4"));
        Assert.DoesNotContain("Sky-blue square", plain.Caption, StringComparison.Ordinal);
        Assert.Contains("Sky-blue square: your game's agreement, round 4 (0.30, 0.70).", marked.Caption, StringComparison.Ordinal);
        Assert.Equal("chart-marked", marked.Id);
        // Six legend entries fit: with a marker, the mediated negotiation's agreement is named in the caption instead.
        Assert.Contains("Green circle: the agreement reached in the mediated negotiation, round", marked.Caption, StringComparison.Ordinal);
        // #56B4E9 is used by no other mark of the Pareto chart: only the marked chart has it.
        Assert.Equal(0, SkyBlue(plain.Png));
        Assert.True(SkyBlue(marked.Png) > 50, "the marker's square is not drawn");
    }

    private static int SkyBlue(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - 0x56) < 6 && Math.Abs(c.Green - 0xB4) < 6 && Math.Abs(c.Blue - 0xE9) < 6)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
