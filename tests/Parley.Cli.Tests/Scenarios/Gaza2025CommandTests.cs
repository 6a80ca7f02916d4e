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

    [Fact]
    public void Simulate_with_a_longer_horizon_reports_the_same_first_agreements_and_early_survival()
    {
        // Every limited-aims run agrees within nine weeks, and everything before day 365 is the
        // same for any horizon of at least 365 days: the first agreements and the 30- and 90-day
        // survival of first ceasefires do not move with --horizon-days.
        JsonElement Simulate(string days)
        {
            var r = ParleyProcess.Run("simulate", Scenario, "--runs", "200", "--seed", "4", "--format", "json", "--horizon-days", days);
            Assert.True(r.ExitCode == 0, r.Stderr);
            return JsonDocument.Parse(r.Stdout).RootElement;
        }
        var year = Simulate("365");
        var decade = Simulate("3650");
        Assert.Equal(year.GetProperty("daysToAgreement").GetRawText(), decade.GetProperty("daysToAgreement").GetRawText());
        foreach (var day in new[] { "30", "90" })
        {
            Assert.Equal(year.GetProperty("ceasefireHolds").GetProperty(day).GetDouble(), decade.GetProperty("ceasefireHolds").GetProperty(day).GetDouble());
        }
    }
}
