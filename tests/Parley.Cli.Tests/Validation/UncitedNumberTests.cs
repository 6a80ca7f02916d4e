using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Validation;

/// <summary>Issue 11, section 6: validate counts every section, lists every bare number and fails on them; analysis still loads with a warning.</summary>
public sealed class UncitedNumberTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: bare numbers }
        issues:
          - { name: trucks, type: integer, min: 200, max: 600, step: 200, assumption: illustrative }
        parties:
          - { name: A, role: belligerent, reservation: 0.2, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 600, best: 200 } } } }
          - { name: B, role: belligerent, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 200, best: 600 } } }, assumption: illustrative }
        war:
          horizon_days: 364
          battles_per_round: { value: 1, assumption: illustrative }
          sides:
            A: { prior: { wins: 5, losses: 5, assumption: illustrative }, victory_control: { value: 0.9, assumption: illustrative } }
            B: { prior: { wins: 5, losses: 5, assumption: illustrative }, victory_control: { value: 0.9, assumption: illustrative } }
        """;

    [Fact]
    public void Validate_lists_each_bare_number_with_its_line_and_fails()
    {
        var path = TestFiles.TempFile("bare.yaml", Yaml);
        var r = ParleyCli.Run("validate", path);
        Assert.Equal(1, r.ExitCode);
        // Party A (line 6) states no assumption: its reservation, weight and two value points are bare;
        // so is the war horizon (line 9). Party B, the issue and the war sides are covered.
        Assert.Contains("5 have no citation", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("bare.yaml:6:48 /parties/0/reservation = 0.2", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("parties: 0 sourced, 3 assumed, 4 bare", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("/parties/0/reservation = 0.2", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("/war/horizon_days = 364", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("war: 0 sourced, 7 assumed, 1 bare", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_still_loads_the_file_with_a_warning()
    {
        var path = TestFiles.TempFile("bare.yaml", Yaml);
        var r = ParleyCli.Run("analyze", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("5 numbers with neither a source nor an assumption", r.Stderr, StringComparison.Ordinal);
    }
}
