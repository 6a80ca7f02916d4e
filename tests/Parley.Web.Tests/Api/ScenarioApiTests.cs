using System.Net;
using System.Text.Json;
using Parley.Formats.Scenario;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

/// <summary>The scenarios and analysis endpoints against the command line and the scenario files.</summary>
public sealed class ScenarioApiTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task The_list_has_every_shipped_scenario_with_its_hypotheses()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/scenarios", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var gaza = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "gaza-2025");
        var expected = ScenarioReader.ReadFile(Repo.Gaza);
        Assert.Equal(expected.Title, gaza.GetProperty("title").GetString());
        Assert.Equal(expected.HypothesisNames, gaza.GetProperty("hypotheses").EnumerateArray().Select(h => h.GetString()!));
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("id").GetString() == "korea-1951");
    }

    [Theory]
    [InlineData("limited-aims")]
    [InlineData("hostages-first")]
    public async Task The_analysis_is_the_text_parley_analyze_prints(string hypothesis)
    {
        using var client = factory.CreateClient();
        var body = await client.GetStringAsync(new Uri($"/api/scenarios/gaza-2025/analysis?hypothesis={hypothesis}", UriKind.Relative));
        var cli = ParleyCli.Output("analyze", Repo.Gaza, "--hypothesis", hypothesis, "--format", "json");
        Assert.Equal(cli.TrimEnd('\n', '\r'), body);
        using var json = JsonDocument.Parse(body);
        Assert.EndsWith($"[{hypothesis}]", json.RootElement.GetProperty("domain").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/scenarios/nope/analysis", "no scenario 'nope'")]
    [InlineData("/api/scenarios/gaza-2025/analysis?hypothesis=nope", "no hypothesis 'nope'")]
    [InlineData("/api/scenarios/..%2F..%2Fetc%2Fpasswd/analysis", "no scenario")]
    [InlineData("/api/runs/0123456789abcdef", "no run '0123456789abcdef'")]
    [InlineData("/api/nothing-here", "no such address")]
    public async Task Unknown_scenarios_hypotheses_runs_and_addresses_get_404_with_a_JSON_error(string path, string message)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/scenarios", "/api/scenarios/{id}/analysis", "/api/scenarios/{id}/runs", "/api/runs/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        Assert.True(paths.GetProperty("/api/scenarios/{id}/runs").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task The_scenario_page_shows_the_parties_issues_and_sources_of_the_file()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/scenarios/gaza-2025", UriKind.Relative));
        var scenario = ScenarioReader.ReadFile(Repo.Gaza);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(scenario.Title), html, StringComparison.Ordinal);
        foreach (var issue in scenario.Space.Issues)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(issue.Name), html, StringComparison.Ordinal);
        }
        foreach (var source in scenario.Sources)
        {
            Assert.Contains($"id=\"source-{source.Id}\"", html, StringComparison.Ordinal);
        }
        var chart = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/charts/scenarios/gaza-2025/[^\"]+\\.png)\"");
        Assert.True(chart.Success, "the page shows the report's charts");
        var png = await client.GetByteArrayAsync(new Uri(chart.Groups[1].Value, UriKind.Relative));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public async Task An_unknown_scenario_page_says_so()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/scenarios/no-such-thing", UriKind.Relative));
        Assert.Contains("No scenario", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
