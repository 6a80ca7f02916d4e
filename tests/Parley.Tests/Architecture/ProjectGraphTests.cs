using System.Xml.Linq;

namespace Parley.Tests.Architecture;

/// <summary>
/// The projects under src/ and the direction of their references (docs/architecture.md): each
/// project may reference only the projects listed for it here, so a reference upward or sideways
/// fails this test before it can become a cycle; and the libraries read no environment variables
/// and search no folders.
/// </summary>
public sealed class ProjectGraphTests
{
    /// <summary>Every project and the projects it may reference (directly).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Parley.Core"] = [],
        ["Parley.Data"] = ["Parley.Core"],
        ["Parley.Simulation"] = ["Parley.Core", "Parley.Data"],
        ["Parley.Humanitarian"] = ["Parley.Core"],
        ["Parley.Geography"] = ["Parley.Core"],
        ["Parley.Conflict"] = ["Parley.Core", "Parley.Data", "Parley.Simulation", "Parley.Humanitarian", "Parley.Geography"],
        ["Parley.Formats"] = ["Parley.Core", "Parley.Data", "Parley.Simulation", "Parley.Humanitarian", "Parley.Geography", "Parley.Conflict"],
        ["Parley.ShippedScenarios"] = [],
        ["Parley.Application"] = ["Parley.Formats", "Parley.ShippedScenarios"],
        ["Parley.Reports"] = ["Parley.Application"],
        ["Parley.Cli"] = ["Parley.Application", "Parley.Reports", "Parley.ShippedScenarios"],
    };

    /// <summary>The projects that hold no host code: no environment, no folder search, no flags.</summary>
    private static readonly string[] Libraries =
        ["Parley.Core", "Parley.Data", "Parley.Simulation", "Parley.Humanitarian", "Parley.Geography", "Parley.Conflict", "Parley.Formats", "Parley.Application", "Parley.Reports"];

    private static string SourceRoot { get; } = FindSourceRoot();

    [Fact]
    public void Every_project_under_src_is_in_the_design()
    {
        var found = Directory.GetDirectories(SourceRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal).ToArray(), found);
    }

    [Fact]
    public void Projects_reference_only_the_layers_below_them()
    {
        foreach (var (project, allowed) in Allowed)
        {
            var references = References(project);
            var forbidden = references.Except(allowed).ToList();
            Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)}; it may reference only {(allowed.Length == 0 ? "nothing" : string.Join(", ", allowed))}");
        }
    }

    [Fact]
    public void The_core_references_no_package()
    {
        var csproj = XDocument.Load(Path.Combine(SourceRoot, "Parley.Core", "Parley.Core.csproj"));
        Assert.Empty(csproj.Descendants("PackageReference"));
    }

    [Fact]
    public void Libraries_read_no_environment_and_search_no_folders()
    {
        var banned = new[] { "Environment.GetEnvironmentVariable", "Directory.GetCurrentDirectory", "AppContext.BaseDirectory", "Console." };
        foreach (var (file, text) in LibrarySources())
        {
            foreach (var api in banned)
            {
                Assert.False(text.Contains(api, StringComparison.Ordinal), $"{file} uses {api}: hosts read the environment and find folders, then pass paths in");
            }
        }
    }

    private static IEnumerable<(string File, string Text)> LibrarySources() =>
        Libraries.SelectMany(p => Directory.EnumerateFiles(Path.Combine(SourceRoot, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(SourceRoot, f), File.ReadAllText(f)));

    private static string[] References(string project)
    {
        var csproj = XDocument.Load(Path.Combine(SourceRoot, project, project + ".csproj"));
        return [.. csproj.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))];
    }

    private static string FindSourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }
        throw new DirectoryNotFoundException("Parley.slnx was not found above the test binaries");
    }
}
