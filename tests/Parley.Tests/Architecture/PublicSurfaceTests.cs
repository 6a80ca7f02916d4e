using System.Reflection;

namespace Parley.Tests.Architecture;

/// <summary>
/// The libraries' public surface is deliberate: every public type is listed in
/// <c>tests/Parley.Tests/Architecture/public-surface.txt</c>, so that a type becoming public (or
/// disappearing) shows in review as a change of that file. Implementation types are internal unless
/// a host or another library needs them. Regenerate with PARLEY_UPDATE_GOLDEN=1 after a deliberate change.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(Parley.Domain.Preconditions).Assembly,
        typeof(Parley.Data.Statistics.Distribution).Assembly,
        typeof(Parley.Simulation.MonteCarloRunner).Assembly,
        typeof(Parley.Humanitarian.HumanitarianModel).Assembly,
        typeof(Parley.Geography.WithdrawalMap).Assembly,
        typeof(Parley.Conflict.Scenarios.Scenario).Assembly,
        typeof(Parley.Formats.Scenario.ScenarioReader).Assembly,
        typeof(Parley.Application.ScenarioRun).Assembly,
        typeof(Parley.ShippedScenarios.ShippedScenario).Assembly,
    ];

    [Fact]
    public void The_public_types_of_the_libraries_are_the_listed_ones()
    {
        var actual = Libraries
            .SelectMany(a => a.GetExportedTypes().Select(t => $"{a.GetName().Name}: {t.FullName}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = RepoFiles.Path("tests", "Parley.Tests", "Architecture", "public-surface.txt");
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, string.Join('\n', actual) + "\n");
        }
        var expected = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var added = actual.Except(expected).ToList();
        var removed = expected.Except(actual).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"the public surface changed (regenerate public-surface.txt with PARLEY_UPDATE_GOLDEN=1 if deliberate):\n+ {string.Join("\n+ ", added)}\n- {string.Join("\n- ", removed)}");
    }
}
