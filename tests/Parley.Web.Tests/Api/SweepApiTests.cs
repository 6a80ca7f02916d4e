using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Parley.Cluster.Membership;
using Parley.Cluster.Silos;
using Parley.Store.Database;
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
        var dir = Path.Combine(Path.GetTempPath(), "parley-web-sweeps", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var store = new StoreTarget(Path.Combine(dir, "cluster.db"));
        // The silo reads the same datasets as the command line: hazards estimated from data.
        var datasets = Path.GetFullPath(Repo.Path("..", "shared", "datasets"));
        var port = 41000 + (Environment.ProcessId % 5000);
        var membership = ClusterMembership.Localhost(port, port + 1);
        await using var silo = await ParleySilo.StartAsync(new SiloSettings
        {
            Membership = membership,
            Store = store,
            Port = port,
            GatewayPort = port + 1,
            Address = IPAddress.Loopback,
            Threads = 1,
            DataDirectory = datasets,
        });
        await using var factory = new ClusterDashboard(new ClusterSweeps(membership, store, Parley.Cli.Infrastructure.ParleyApp.Version, datasets, null));
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

        var local = Path.Combine(dir, "local.db");
        ParleyCli.Output("sweep", Repo.Gaza, "--vary", "war.control_step=0.01,0.03", "--hypothesis", "limited-aims", "--runs", "60", "--seed", "3", "--batch", "25",
            "--store", local, "--data", datasets, "--report", Path.Combine(dir, "report"));
        Assert.Equal(Export(local, dir, "local.csv"), Export(store.Text, dir, "cluster.csv"));
    }

    [Fact]
    public async Task Without_a_cluster_sweeps_answer_503()
    {
        using var client = plain.CreateClient();
        using var start = await client.PostAsJsonAsync(GazaSweeps, new { vary = new[] { "war.control_step=0.01,0.03" } });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.Contains("no cluster", await start.Content.ReadAsStringAsync());
    }

    private static string Export(string store, string dir, string file)
    {
        var experiment = Regex.Match(ParleyCli.Output("runs", "list", "--store", store), "[0-9a-f]{16}").Value;
        ParleyCli.Output("runs", "export", experiment, "--store", store, "--out", Path.Combine(dir, file));
        return File.ReadAllText(Path.Combine(dir, file));
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
