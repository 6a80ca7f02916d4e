using System.Net;
using System.Text.RegularExpressions;
using Parley.Cluster.Membership;
using Parley.Cluster.Silos;
using Parley.Store.Database;
using Parley.Web.Sweeps;

namespace Parley.Web.Tests.Support;

/// <summary>
/// One silo on loopback with its own SQLite store in a fresh folder, reading the shared datasets as the
/// command line does, and the dashboard's sweeps service for it; and the tools to compare what it stored
/// with a <c>parley sweep</c> of the same command.
/// </summary>
internal sealed class LoopbackCluster : IAsyncDisposable
{
    private ParleySilo? _silo;

    private LoopbackCluster(string folder, StoreTarget store, string datasets, ClusterSweeps sweeps)
    {
        Folder = folder;
        Store = store;
        Datasets = datasets;
        Sweeps = sweeps;
    }

    /// <summary>The test's folder.</summary>
    public string Folder { get; }

    /// <summary>The cluster's store.</summary>
    public StoreTarget Store { get; }

    /// <summary>The datasets folder the silo reads (the repository's ../shared/datasets).</summary>
    public string Datasets { get; }

    /// <summary>The dashboard's sweeps service for this cluster.</summary>
    public ClusterSweeps Sweeps { get; }

    /// <summary>Starts the silo on a port derived from <paramref name="basePort"/> and the process id (so parallel test runs do not meet).</summary>
    public static async Task<LoopbackCluster> StartAsync(string name, int basePort)
    {
        var folder = Path.Combine(Path.GetTempPath(), name, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var store = new StoreTarget(Path.Combine(folder, "cluster.db"));
        var datasets = Path.GetFullPath(Repo.Path("..", "shared", "datasets"));
        var port = basePort + (Environment.ProcessId % 4000);
        var membership = ClusterMembership.Localhost(port, port + 1);
        var silo = await ParleySilo.StartAsync(new SiloSettings
        {
            Membership = membership,
            Store = store,
            Port = port,
            GatewayPort = port + 1,
            Address = IPAddress.Loopback,
            Threads = 1,
            DataDirectory = datasets,
        });
        return new LoopbackCluster(folder, store, datasets, new ClusterSweeps(membership, store, Parley.Cli.Infrastructure.ParleyApp.Version, datasets, null)) { _silo = silo };
    }

    /// <summary>Runs <c>parley sweep</c> on the Gaza scenario with <paramref name="args"/> into a local store and returns its export as CSV.</summary>
    public string LocalSweepExport(params string[] args)
    {
        var local = Path.Combine(Folder, "local.db");
        ParleyCli.Output(["sweep", Repo.Gaza, .. args, "--store", local, "--data", Datasets, "--report", Path.Combine(Folder, "report")]);
        return Export(local, "local.csv");
    }

    /// <summary>The cluster store's experiment as CSV.</summary>
    public string ClusterExport() => Export(Store.Text, "cluster.csv");

    private string Export(string store, string file)
    {
        var experiment = Regex.Match(ParleyCli.Output("runs", "list", "--store", store), "[0-9a-f]{16}").Value;
        ParleyCli.Output("runs", "export", experiment, "--store", store, "--out", Path.Combine(Folder, file));
        return File.ReadAllText(Path.Combine(Folder, file));
    }

    public async ValueTask DisposeAsync()
    {
        await Sweeps.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
