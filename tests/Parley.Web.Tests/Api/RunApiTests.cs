using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

/// <summary>Monte Carlo jobs: the summary equals the command line's, bad bodies get 400/413, a full queue 429.</summary>
public sealed class RunApiTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly Uri GazaRuns = new("/api/scenarios/gaza-2025/runs", UriKind.Relative);

    [Fact]
    public async Task A_finished_run_summary_equals_parley_simulate()
    {
        using var client = factory.CreateClient();
        using var start = await client.PostAsJsonAsync(GazaRuns, new { hypothesis = "hamas-maximal", runs = 60, seed = 11 });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var state = await WaitForEnd(client, id);
        Assert.Equal("done", state["status"]!.GetValue<string>());
        Assert.Equal(1.0, state["progress"]!.GetValue<double>());
        var cli = JsonNode.Parse(ParleyCli.Output("simulate", Repo.Gaza, "--hypothesis", "hamas-maximal", "--runs", "60", "--seed", "11", "--format", "json"));
        Assert.True(JsonNode.DeepEquals(cli, state["summary"]), "the run's summary differs from parley simulate's");

        var report = await client.GetStringAsync(new Uri($"/api/runs/{id}/report", UriKind.Relative));
        Assert.Contains("<html", report, StringComparison.OrdinalIgnoreCase);
        using var csv = await client.GetAsync(new Uri($"/api/runs/{id}/files/endings.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 1, "endings.csv has a header and rows");
    }

    [Fact]
    public async Task A_cancelled_run_says_so()
    {
        using var client = factory.CreateClient();
        using var start = await client.PostAsJsonAsync(GazaRuns, new { hypothesis = "limited-aims", runs = 100000, seed = 1 });
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var cancel = await client.DeleteAsync(new Uri($"/api/runs/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var state = await WaitForEnd(client, id);
        Assert.Equal("cancelled", state["status"]!.GetValue<string>());
        Assert.Null(state["summary"]);
    }

    [Theory]
    [InlineData("{\"hypothesis\": \"limited-aims\", \"runs\": \"many\"}", "runs")]
    [InlineData("{\"hypothesis\": 5}", "hypothesis")]
    [InlineData("{\"seed\": -3}", "seed")]
    [InlineData("{\"hypothesis\": \"nope\"}", "hypothesis")]
    [InlineData("{\"runs\": 0}", "runs")]
    [InlineData("{\"runs\": 1, \"seed\": }", "seed")]
    public async Task Malformed_or_wrong_bodies_get_400_naming_the_field(string body, string field)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(GazaRuns, content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains($"'{field}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_1_MiB_gets_413()
    {
        using var client = factory.CreateClient();
        var padding = new string(' ', (1 << 20) + 10);
        using var content = new StringContent("{\"runs\": 10" + padding + "}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(GazaRuns, content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_answers_429_and_never_grows()
    {
        // No worker takes jobs and one may wait: the second request finds the queue full.
        using var stalled = new DashboardFactory(new() { ["Parley:Workers"] = "0", ["Parley:QueueCapacity"] = "1" });
        using var client = stalled.CreateClient();
        using var first = await client.PostAsJsonAsync(GazaRuns, new { runs = 10 });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            using var next = await client.PostAsJsonAsync(GazaRuns, new { runs = 10 });
            Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
        }
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var state = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/runs/{id}", UriKind.Relative));
        Assert.Equal("queued", state.GetProperty("status").GetString());
        Assert.Equal(0.0, state.GetProperty("progress").GetDouble());
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_get_429()
    {
        using var limited = new DashboardFactory(new() { ["Parley:RequestsPer10Seconds"] = "3" });
        using var client = limited.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/scenarios", UriKind.Relative));
            codes.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    private static async Task<JsonObject> WaitForEnd(HttpClient client, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var state = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/runs/{id}", UriKind.Relative)))!;
            if (state["status"]!.GetValue<string>() is "done" or "failed" or "cancelled")
            {
                return state;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"run {id} did not finish in 2 minutes");
    }
}
