using System.Text.Json;
using Parley.Cli.Tests.TestSupport;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Tests.Scenarios;

/// <summary>The default scenario through the commands a user runs on it.</summary>
public sealed class Gaza2025CommandTests
{
    private static readonly string Scenario = TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void Validate_passes_and_counts_cited_and_assumed_numbers()
    {
        var r = ParleyCli.Run("validate", Scenario);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("6 issues, 5 parties, 9,450 outcomes", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 have no citation", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_per_hypothesis_keeps_the_war_aims()
    {
        // limited-aims: a range; unlimited-aims: Israel's war aim empties it, and says so.
        var r = ParleyCli.Run("analyze", Scenario, "--hypothesis", "all", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var all = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.True(all.GetProperty("limited-aims").GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64() > 0);
        var unlimited = all.GetProperty("unlimited-aims");
        Assert.Equal(0, unlimited.GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64());
        var killer = Assert.Single(unlimited.GetProperty("dealKillers").EnumerateArray());
        Assert.Equal("warAim", killer.GetProperty("kind").GetString());
        Assert.Equal("Israel", killer.GetProperty("party").GetString());
    }
}
