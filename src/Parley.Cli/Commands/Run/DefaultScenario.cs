using Parley.Domain.Scenarios;
using Parley.Formats.Scenario;

namespace Parley.Cli.Commands.Run;

/// <summary>The scenario embedded in the tool, so <c>parley run</c> works from any folder.</summary>
public static class DefaultScenario
{
    /// <summary>The resource name of the embedded default scenario.</summary>
    public const string ResourceName = "Parley.Scenarios.gaza-2025.scenario.yaml";

    /// <summary>The name shown in messages.</summary>
    public const string DisplayName = "scenarios/gaza-2025/scenario.yaml (embedded)";

    /// <summary>The YAML text.</summary>
    public static string Yaml
    {
        get
        {
            using var stream = typeof(ScenarioReader).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("the default scenario is not embedded in the tool");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Loads it.</summary>
    public static Scenario Load() => ScenarioReader.Parse(Yaml, DisplayName);
}
