using Parley.Formats.Scenario;
using YamlDotNet.RepresentationModel;
using Scenario = Parley.Conflict.Scenarios.Scenario;
using Parley.Conflict.Scenarios;

namespace Parley.Tests.Scenarios;

/// <summary>
/// The Gaza 2025 scenario file of this checkout and the facts file it is built from
/// (../shared/reference/gaza-2025-facts.md), both found by walking up from the test binaries.
/// </summary>
internal static class GazaFiles
{
    private static readonly Lazy<string> Repo = new(() => WalkUp(d => File.Exists(Path.Combine(d, "scenarios", "gaza-2025", "scenario.yaml")))
        ?? throw new InvalidOperationException("scenarios/gaza-2025/scenario.yaml not found above " + AppContext.BaseDirectory));

    private static readonly Lazy<string?> Shared = new(() => WalkUp(d => Directory.Exists(Path.Combine(d, "shared"))) is { } dir
        ? Path.Combine(dir, "shared")
        : null);

    private static readonly Lazy<Scenario> Loaded = new(() => ScenarioReader.ReadFile(ScenarioPath));

    private static readonly Lazy<YamlMappingNode> Yaml = new(() =>
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(ScenarioPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    });

    /// <summary>scenarios/gaza-2025/scenario.yaml.</summary>
    public static string ScenarioPath => Path.Combine(Repo.Value, "scenarios", "gaza-2025", "scenario.yaml");

    /// <summary>The facts file; a test that needs it fails, naming it, when no shared/ folder with it lies above the checkout.</summary>
    public static string FactsPath => Shared.Value is { } s && File.Exists(Path.Combine(s, "reference", "gaza-2025-facts.md"))
        ? Path.Combine(s, "reference", "gaza-2025-facts.md")
        : throw new FileNotFoundException($"this test needs ../shared/reference/gaza-2025-facts.md beside the checkout: none above {AppContext.BaseDirectory}");

    /// <summary>
    /// The scenario's YAML without its top-level <c>events:</c> section (the dated history: the July 2025
    /// walkout, the Sharm el-Sheikh talks), for tests that state events of their own.
    /// </summary>
    public static string YamlWithoutEvents()
    {
        var yaml = File.ReadAllText(ScenarioPath).ReplaceLineEndings("\n");
        var start = yaml.IndexOf("\nevents:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("\nhypotheses:\n", start, StringComparison.Ordinal);
        return yaml[..start] + yaml[end..];
    }

    /// <summary>The scenario under <paramref name="hypothesis"/> without its dated events, for tests of the event mechanism itself.</summary>
    public static Scenario WithoutEvents(string hypothesis)
    {
        var scenario = Scenario.WithHypothesis(hypothesis);
        return scenario with { War = scenario.War! with { Events = [] } };
    }

    /// <summary>The scenario as the reader builds it (loaded once).</summary>
    public static Scenario Scenario => Loaded.Value;

    /// <summary>The scenario's YAML tree, for checks the domain model does not keep (quotes, map sources).</summary>
    public static YamlMappingNode Root => Yaml.Value;

    /// <summary>The value of <paramref name="key"/> in <paramref name="map"/>, or null.</summary>
    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>The text of scalar <paramref name="key"/>, or null.</summary>
    public static string? Text(this YamlMappingNode map, string key) => (map.Get(key) as YamlScalarNode)?.Value;

    /// <summary>Every mapping in the tree under <paramref name="node"/>, with its path.</summary>
    public static IEnumerable<(string Path, YamlMappingNode Map)> Mappings(YamlNode node, string path = "")
    {
        switch (node)
        {
            case YamlMappingNode m:
                yield return (path, m);
                foreach (var (k, v) in m.Children)
                {
                    foreach (var x in Mappings(v, $"{path}/{((YamlScalarNode)k).Value}"))
                    {
                        yield return x;
                    }
                }
                break;
            case YamlSequenceNode s:
                var i = 0;
                foreach (var item in s)
                {
                    foreach (var x in Mappings(item, $"{path}/{i++}"))
                    {
                        yield return x;
                    }
                }
                break;
        }
    }

    /// <summary>The sources list: id to its mapping.</summary>
    public static IReadOnlyDictionary<string, YamlMappingNode> Sources() =>
        ((YamlSequenceNode)Root.Get("sources")!).Cast<YamlMappingNode>().ToDictionary(s => s.Text("id")!, StringComparer.Ordinal);

    /// <summary>The issue named <paramref name="name"/> as written.</summary>
    public static YamlMappingNode Issue(string name) =>
        ((YamlSequenceNode)Root.Get("issues")!).Cast<YamlMappingNode>().Single(i => i.Text("name") == name);

    private static string? WalkUp(Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (found(dir.FullName))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared/reference/gaza-2025-facts.md: it fails, naming the file, when it is absent (never skips).</summary>
public sealed class GazaFactsFactAttribute : FactAttribute;
