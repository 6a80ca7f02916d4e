using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Scenarios;

/// <summary><c>parley scenarios list|export</c>: an installed tool can list and write out what it ships.</summary>
public sealed class ScenariosCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void List_names_every_scenario_folder_of_the_repository_with_its_hypotheses()
    {
        var result = ParleyCli.Run("scenarios", "list", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var listed = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        var folders = Directory.GetDirectories(Path.Combine(TestFiles.RepoRoot, "scenarios")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(folders, listed.Select(e => e.GetProperty("id").GetString()).ToArray());
        var gaza = listed.Single(e => e.GetProperty("id").GetString() == "gaza-2025");
        Assert.Contains("limited-aims", gaza.GetProperty("hypotheses").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void Export_writes_the_repository_files_byte_for_byte_and_will_not_overwrite_without_force()
    {
        var result = ParleyCli.Run("scenarios", "export", _folder);
        Assert.Equal(0, result.ExitCode);
        var repo = Path.Combine(TestFiles.RepoRoot, "scenarios");
        var expected = Directory.GetFiles(repo, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(repo, f)).Order(StringComparer.Ordinal).ToArray();
        var written = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, written);
        Assert.All(expected, f => Assert.Equal(File.ReadAllBytes(Path.Combine(repo, f)), File.ReadAllBytes(Path.Combine(_folder, f))));

        var again = ParleyCli.Run("scenarios", "export", _folder);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, ParleyCli.Run("scenarios", "export", _folder, "--force").ExitCode);
    }
}
