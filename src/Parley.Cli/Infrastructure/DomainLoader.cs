using Parley.Domain.Scenarios;
using Parley.Formats.Scenario;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// Loads what commands analyse: one scenario YAML, or a GENIUS domain XML followed by two or more
/// profile XMLs.
/// </summary>
public static class DomainLoader
{
    /// <summary>Loads <paramref name="paths"/>; throws <see cref="CliException"/> for a wrong combination.</summary>
    public static LoadedDomain Load(IReadOnlyList<string> paths) => Load(paths, []);

    /// <summary>Loads <paramref name="paths"/>, a scenario with <paramref name="overrides"/> applied to its values.</summary>
    public static LoadedDomain Load(IReadOnlyList<string> paths, IReadOnlyList<Formats.Overrides.ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new CliException("give a scenario (.yaml) or a GENIUS domain and its profiles (domain.xml profile.xml profile.xml)");
        }
        if (paths.Count == 1 && IsYaml(paths[0]))
        {
            var scenario = ScenarioReader.ReadFile(paths[0], overrides);
            Warnings.Print(scenario.Warnings);
            UncitedNumbers.Warn(scenario, paths[0]);
            return FromScenario(scenario);
        }
        if (paths.All(IsXml))
        {
            if (overrides.Count > 0)
            {
                throw new CliException("--set overrides scenario values: give a scenario (.yaml), not a GENIUS domain");
            }
            return GeniusDomainLoader.Load(paths);
        }
        throw new CliException("give one scenario (.yaml), or a GENIUS domain .xml followed by two or more profile .xml files");
    }

    /// <summary>The domain of a scenario: its signatories and their profiles.</summary>
    public static LoadedDomain FromScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problem = scenario.ToProblem();
        return new LoadedDomain(scenario.Title, scenario.Space, problem.PartyNames, problem.Profiles, scenario);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsXml(string path) => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
