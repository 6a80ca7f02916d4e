using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Run;

public sealed class RunCommandTests
{
    /// <summary>End to end: the process, started in an empty folder, writes ./parley-out there.</summary>
    [Fact]
    public void Run_works_from_any_folder_with_the_embedded_default_scenario_and_writes_every_chart()
    {
        var elsewhere = TestFiles.TempDirectory();
        var result = ParleyProcess.RunIn(elsewhere, "run", "--runs", "200");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Gaza 2025", result.Stdout);
        Assert.Contains("Bargaining range", result.Stdout);
        Assert.Contains("Report:", result.Stdout);
        var page = File.ReadAllText(Path.Combine(elsewhere, "parley-out", "index.html"));
        // The charts issue 5 asks for: frontier with Nash/KS/agreement, range over time, endings per
        // hypothesis, casualties, food need met, and the SVG map of withdrawal lines.
        foreach (var id in new[] { "chart-pareto-limited-aims", "chart-range-limited-aims", "chart-endings", "chart-casualties-limited-aims", "chart-food-share", "map-withdrawal" })
        {
            Assert.Contains($"id=\"{id}\"", page);
        }
        Assert.Contains("<svg", page);
        Assert.True(File.Exists(Path.Combine(elsewhere, "parley-out", "endings.csv")));
        Assert.True(File.Exists(Path.Combine(elsewhere, "parley-out", "range_over_time.csv")));
    }

    [Fact]
    public void Run_takes_any_scenario_so_korea_runs_too()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "report");
        var result = ParleyCli.Run("run", TestFiles.Repo("scenarios", "korea-1951", "scenario.yaml"), "--runs", "100", "--out", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("post-stalin", result.Stdout);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Bad_run_options_are_one_line_errors()
    {
        ErrorAssert.OneLine(ParleyCli.Run("run", "--runs", "0"), "--runs");
    }

    [Fact]
    public void Run_from_a_text_starts_every_run_with_that_text_in_force()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "report");
        var result = ParleyCli.Run("run", TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml"), "--text", "January 2025 agreement", "--runs", "20", "--out", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        // Every run starts agreed: no run ends without a ceasefire.
        var rows = File.ReadAllLines(Path.Combine(output, "endings.csv")).Select(l => l.Split(',')).Where(r => r[0] == "limited-aims").ToDictionary(r => r[1], r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20, rows["ceasefire-held"] + rows["ceasefire-collapsed"] + rows["negotiated-settlement"]);
        Assert.Equal(0, rows["stalemate"]);
        ErrorAssert.OneLine(ParleyCli.Run("run", "--text", "Oslo", "--runs", "5", "--out", output), "no text named 'Oslo'");
    }
}
