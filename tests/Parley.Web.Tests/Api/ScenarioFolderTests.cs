using System.Net;
using System.Text.Json;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

/// <summary>Scenarios from the configured folder and from uploads.</summary>
public sealed class ScenarioFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parley-web-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_file_is_named_by_its_file_name_and_a_folder_by_its_folder_name()
    {
        var example = File.ReadAllText(Repo.Path("scenarios", "example", "scenario.yaml"));
        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), example);
        Directory.CreateDirectory(Path.Combine(_folder, "theirs"));
        File.WriteAllText(Path.Combine(_folder, "theirs", "scenario.yaml"), example);
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), "title: [unclosed");
        using var factory = new DashboardFactory(new() { ["Parley:Scenarios"] = _folder });
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative)));
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("mine", ids);
        Assert.Contains("theirs", ids);
        Assert.Contains("gaza-2025", ids);
        Assert.DoesNotContain("broken", ids);
        var analysis = await client.GetStringAsync(new Uri("/api/scenarios/mine/analysis?hypothesis=base", UriKind.Relative));
        Assert.Equal(ParleyCli.Output("analyze", Path.Combine(_folder, "mine.yaml"), "--hypothesis", "base", "--format", "json").TrimEnd('\n'), analysis);
        using var missing = await client.GetAsync(new Uri("/api/scenarios/broken.yaml/analysis", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public void An_upload_is_validated_with_the_messages_of_parley_validate()
    {
        var broken = File.ReadAllText(Repo.Path("scenarios", "example", "scenario.yaml")).Replace("title:", "titel:", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "upload.yaml");
        File.WriteAllText(path, broken);
        var (code, _, error) = ParleyCli.Run("validate", path);
        Assert.Equal(2, code);
        var catalog = new ScenarioCatalog(null);
        var (entry, message) = catalog.Upload("upload.yaml", broken);
        Assert.Null(entry);
        // The CLI prints "parley: error: " before the same message, which names the file as uploaded.
        Assert.Equal(error.Trim().Replace("parley: error: ", "", StringComparison.Ordinal).Replace(path, "upload.yaml", StringComparison.Ordinal), message!.ReplaceLineEndings(" ").Trim());

        var (good, none) = catalog.Upload("../../etc/mine.yaml", File.ReadAllText(Repo.Path("scenarios", "example", "scenario.yaml")));
        Assert.Null(none);
        Assert.StartsWith("upload-", good!.Id, StringComparison.Ordinal);
        Assert.Same(good, catalog.Find(good.Id));
        Assert.DoesNotContain(catalog.List(), e => e.Id == good.Id);
    }
}
