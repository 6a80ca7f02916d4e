using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parley.Web.Sweeps;
using Parley.Web.Tests.Support;

namespace Parley.Web.Tests.Api;

/// <summary>
/// A sweep submitted through the dashboard's API to a cluster (one silo on loopback) stores the rows
/// of <c>parley sweep</c> in one process; a dashboard without a cluster answers 503.
/// </summary>
public sealed class SweepApiTests(DashboardFactory plain) : IClassFixture<DashboardFactory>
{
    private static readonly Uri GazaSweeps = new("/api/scenarios/gaza-2025/sweeps", UriKind.Relative);

    [Fact]
    public async Task A_sweep_submitted_to_the_cluster_stores_the_rows_of_the_sweep_command()
    {
        await using var cluster = await LoopbackCluster.StartAsync("parley-web-sweeps", 41000);
        await using var factory = new ClusterDashboard(cluster.Sweeps);
        using var client = factory.CreateClient();
        using var start = await client.PostAsJsonAsync(GazaSweeps, new { vary = new[] { "war.control_step=0.01,0.03" }, hypothesis = "limited-aims", runs = 60, seed = 3, batch = 25 });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        JsonElement state = default;
        for (var i = 0; i < 600; i++)
        {
            state = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/sweeps/{id}", UriKind.Relative));
            if (state.GetProperty("status").GetString() != "running")
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.Equal("done", state.GetProperty("status").GetString());
        // 2 points x 60 runs in units of 25, 25 and 10: 6 units.
        Assert.Equal(6, state.GetProperty("unitsDone").GetInt32());
        Assert.Equal(120, state.GetProperty("done").GetInt64());

        var local = cluster.LocalSweepExport("--vary", "war.control_step=0.01,0.03", "--hypothesis", "limited-aims", "--runs", "60", "--seed", "3", "--batch", "25");
        Assert.Equal(local, cluster.ClusterExport());
    }

    [Fact]
    public async Task Without_a_cluster_sweeps_answer_503()
    {
        using var client = plain.CreateClient();
        using var start = await client.PostAsJsonAsync(GazaSweeps, new { vary = new[] { "war.control_step=0.01,0.03" } });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.Contains("no cluster", await start.Content.ReadAsStringAsync());
    }

    /// <summary>The dashboard with a cluster: its sweeps service given directly.</summary>
    private sealed class ClusterDashboard(ClusterSweeps sweeps) : DashboardFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(sweeps));
        }
    }
}
