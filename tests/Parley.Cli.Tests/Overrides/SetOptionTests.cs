using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Overrides;

/// <summary><c>--set KEY=VALUE</c> on analyze, simulate and run.</summary>
public sealed class SetOptionTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void Setting_a_value_to_what_the_file_says_changes_nothing_and_another_value_changes_the_result()
    {
        var plain = ParleyCli.Run("simulate", Gaza, "--runs", "200", "--format", "json");
        var same = ParleyCli.Run("simulate", Gaza, "--runs", "200", "--format", "json", "--set", "war.sides.Israel.cost_tolerance=0.55");
        var lower = ParleyCli.Run("simulate", Gaza, "--runs", "200", "--format", "json", "--set", "war.sides.Israel.cost_tolerance=0.1");
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.Equal(plain.Stdout, same.Stdout);
        Assert.NotEqual(plain.Stdout, lower.Stdout);
    }

    [Fact]
    public void Analyze_applies_an_override_after_the_hypothesis()
    {
        // hamas-maximal sets Hamas's reservation to 0.25; --set replaces it under that hypothesis too.
        var result = ParleyCli.Run("analyze", Gaza, "--format", "json", "--hypothesis", "hamas-maximal", "--set", "parties.Hamas.reservation=0.05");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("0.05", result.Stdout);
        Assert.DoesNotContain("0.25", result.Stdout);
    }

    [Fact]
    public void An_unknown_path_is_a_one_line_error_naming_the_nearest_paths()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", Gaza, "--runs", "10", "--set", "parties.Hams.reservation=0.2"), "nearest: parties.Hamas.reservation");
        ErrorAssert.OneLine(ParleyCli.Run("run", "--runs", "10", "--set", "war.sides.Israel.cost_tolerance=abc"), "is not a number");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "fearon", "--set", "a=1"), "--set");
    }
}
