using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

/// <summary><c>parley simulate scenario.yaml --seed S --explain RUN</c>: one run's story, as a table or a JSON array.</summary>
public sealed class ScenarioExplainTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void Json_is_an_array_of_steps_ending_with_the_runs_ending()
    {
        var result = ParleyCli.Run("simulate", Gaza, "--seed", "3", "--explain", "5", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var steps = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        foreach (var key in new[] { "round", "day", "kind", "party", "text" })
        {
            Assert.True(steps[0].TryGetProperty(key, out _), $"missing {key}");
        }
        Assert.Equal("ending", steps[^1].GetProperty("kind").GetString());
        Assert.Contains(steps, s => s.GetProperty("kind").GetString() == "offer");
    }

    [Fact]
    public void Text_is_a_table_of_the_rounds()
    {
        var result = ParleyCli.Run("simulate", Gaza, "--seed", "3", "--explain", "5", "--hypothesis", "unlimited-aims");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("run 5 of seed 3", result.Stdout);
        Assert.Contains("battles:", result.Stdout);
        Assert.Contains("ending:", result.Stdout);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("-1")]
    public void A_run_out_of_range_is_a_one_line_error(string run)
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", Gaza, "--seed", "3", "--explain", run), "--explain", "0 to 999");
    }

    [Fact]
    public void Explain_needs_a_scenario()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "fearon", "--explain", "1"), "--explain needs a scenario");
    }
}
