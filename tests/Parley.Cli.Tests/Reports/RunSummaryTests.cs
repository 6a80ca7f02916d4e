using Parley.Reports.Terminal;
using Spectre.Console;

namespace Parley.Cli.Tests.Reports;

public sealed class RunSummaryTests
{
    private static string Render(int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        RunSummary.Write(console, ReportFixture.Build(), "/tmp/parley-out/index.html");
        return writer.ToString();
    }

    [Fact]
    public void Summary_gives_range_deal_killers_endings_survival_and_path()
    {
        var text = Render(200);
        Assert.Contains("1,000 runs per hypothesis, seed 42", text, StringComparison.Ordinal);
        Assert.Contains("1,872 outcomes (21.7%)", text, StringComparison.Ordinal);
        Assert.Contains("run 0: agreed on day 42", text, StringComparison.Ordinal);
        Assert.Contains("empty", text, StringComparison.Ordinal);
        Assert.Contains("- relaxing the aim to 'limited' reopens 1,872 outcomes", text, StringComparison.Ordinal);
        // Top endings: 612/1000 and 188/1000 for limited-aims; 700/1000 for attrition.
        Assert.Contains("negotiated settlement 61.2%", text, StringComparison.Ordinal);
        Assert.Contains("ceasefire, collapsed 18.8%", text, StringComparison.Ordinal);
        Assert.Contains("stalemate 70%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("capitulation", text, StringComparison.Ordinal); // fourth and fifth endings are not listed
        Assert.Contains("91% / 74% / 52%", text, StringComparison.Ordinal);
        Assert.Contains("no ceasefire", text, StringComparison.Ordinal);
        Assert.EndsWith("Report: /tmp/parley-out/index.html", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_fits_a_narrow_terminal()
    {
        var lines = Render(80).Split('\n').Select(l => l.TrimEnd('\r'));
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"line longer than 80 columns: {l}"));
    }
}
