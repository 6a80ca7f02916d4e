using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Parley.Tests.Architecture;

/// <summary>
/// The projects under src/ and the direction of their references (docs/architecture.md): each
/// project may reference only the projects listed for it here, so a reference upward or sideways
/// fails this test before it can become a cycle; and the libraries read no environment variables,
/// search no folders and name no command-line flags.
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
        ["Parley.Reports"] = ["Parley.Application", "Parley.Store"],
        ["Parley.Store"] = ["Parley.Application"],
        ["Parley.Cluster"] = ["Parley.Store"],
        ["Parley.Web"] = ["Parley.Application", "Parley.Reports", "Parley.ShippedScenarios", "Parley.Formats", "Parley.Cluster"],
        ["Parley.Cli"] = ["Parley.Application", "Parley.Reports", "Parley.ShippedScenarios", "Parley.Web", "Parley.Store", "Parley.Cluster"],
    };

    /// <summary>The projects that hold no host code: no environment, no folder search, no flags.</summary>
    private static readonly string[] Libraries =
        ["Parley.Core", "Parley.Data", "Parley.Simulation", "Parley.Humanitarian", "Parley.Geography", "Parley.Conflict", "Parley.Formats", "Parley.Application", "Parley.Reports", "Parley.Store", "Parley.Cluster"];

    private static string SourceRoot { get; } = RepoFiles.Path("src");

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

    [Fact]
    public void Library_strings_name_no_command_line_flag()
    {
        // Every project but the command-line host: its messages name settings as declared ("forts is 1")
        // and each host adds its own spelling (the CLI's "--forts").
        var found = new List<string>();
        var projects = Allowed.Keys.Where(p => p != "Parley.Cli");
        foreach (var (file, text) in Sources(projects))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var literal in StringLiterals(lines[i]))
                {
                    if (Flag.IsMatch(literal))
                    {
                        found.Add($"{file}:{i + 1}: {literal}");
                    }
                }
            }
        }
        Assert.True(found.Count == 0,
            "library strings that name a command-line flag (name the setting as declared and let the host spell it, e.g. through Parley.Domain.SettingMessage):\n"
            + string.Join("\n", found));
    }

    [Theory]
    [InlineData("throw new ModelException($\"--forts is {forts}: use at least 2\");", true)]
    [InlineData("var hint = \"under the data directory (--data DIR or PARLEY_DATA)\";", true)]
    [InlineData("new ModelException($\"--{name} is {text}\")", true)]
    [InlineData("throw new ModelException(name => $\"{name(\"forts\")} is {forts}\");", false)]
    [InlineData("var url = \"https://ucdp.uu.se/downloads\"; // see --data in the CLI", false)]
    [InlineData("/// <c>--bluff -1</c> chooses it in equilibrium", false)]
    [InlineData("count--; var s = \"a -- b\";", false)]
    public void The_flag_scan_finds_flags_in_strings_only(string line, bool flagged)
    {
        Assert.Equal(flagged, StringLiterals(line).Any(Flag.IsMatch));
    }

    /// <summary>A flag: two dashes, not after a word or a dash, then a lower-case name or an interpolated one.</summary>
    private static readonly Regex Flag = new(@"(?<![\w-])--(?:[a-z][a-z-]*|\{)", RegexOptions.CultureInvariant);

    /// <summary>A character literal (skipped, so that '"' does not open a string) or a one-line string literal, verbatim or interpolated.</summary>
    private static readonly Regex Literal = new(@"'(?:[^'\\\n]|\\.)'|@?\$*""(?:[^""\\\n]|\\.)*""", RegexOptions.CultureInvariant);

    /// <summary>The string literals on one line of C#, with <c>//</c> and <c>///</c> comments removed first.</summary>
    private static IEnumerable<string> StringLiterals(string line)
    {
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            return [];
        }
        var code = Regex.Replace(line, @"\s//\s.*$", "");
        return Literal.Matches(code).Select(m => m.Value).Where(v => !v.StartsWith('\''));
    }

    private static IEnumerable<(string File, string Text)> LibrarySources() => Sources(Libraries);

    private static IEnumerable<(string File, string Text)> Sources(IEnumerable<string> projects) =>
        projects.SelectMany(p => Directory.EnumerateFiles(Path.Combine(SourceRoot, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(SourceRoot, f), File.ReadAllText(f)));

    private static string[] References(string project)
    {
        var csproj = XDocument.Load(Path.Combine(SourceRoot, project, project + ".csproj"));
        return [.. csproj.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))];
    }
}
