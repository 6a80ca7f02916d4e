using Parley.Formats.Scenario;
using Scenario = Parley.Conflict.Scenarios.Scenario;

namespace Parley.Tests.Texts;

/// <summary>tests/Fixtures/texts.yaml: two issues whose utilities the tests work out by hand.</summary>
internal static class TextFixture
{
    private static readonly Lazy<Scenario> Loaded = new(() => ScenarioReader.ReadFile(PathOf("texts.yaml")));

    /// <summary>The scenario.</summary>
    public static Scenario Scenario => Loaded.Value;

    /// <summary>A file in tests/Fixtures.</summary>
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"tests/Fixtures/{name} not found above {AppContext.BaseDirectory}");
    }
}
