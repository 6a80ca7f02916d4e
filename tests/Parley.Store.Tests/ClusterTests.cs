using System.Net;
using Parley.Cluster.Membership;
using Parley.Cluster.Silos;
using Parley.Cluster.Submission;
using Parley.Store.Database;
using Parley.Store.Experiments;
using Parley.Store.Export;

namespace Parley.Store.Tests;

/// <summary>
/// A sweep on an Orleans cluster of two silos on loopback stores the rows of one process: its export is
/// byte-identical to a local sweep's, and so are the points' summaries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTests(PostgresServer postgres)
{
    [Fact]
    public async Task Two_silos_on_loopback_store_the_export_of_one_process()
    {
        var scenarios = StoreFixtures.Gaza();
        var spec = StoreFixtures.Sweep(scenarios, runs: 90);
        var local = StoreFixtures.Target("sqlite", postgres);
        using (var store = ExperimentStore.Open(local))
        {
            store.Register(spec, DateTimeOffset.UnixEpoch);
            ExperimentRunner.Run(store, spec, scenarios, Shard.All, threads: 1, batch: 40);
        }

        var shared = StoreFixtures.Target("sqlite", postgres);
        using (var store = ExperimentStore.Open(shared))
        {
            store.Register(spec, DateTimeOffset.UnixEpoch);
        }
        var (siloPort, gatewayPort) = Ports.Pair();
        var membership = ClusterMembership.Localhost(siloPort, gatewayPort, gatewayPort + 1);
        await using var first = await ParleySilo.StartAsync(Silo(membership, shared, siloPort, gatewayPort));
        await using var second = await ParleySilo.StartAsync(Silo(membership, shared, siloPort + 1, gatewayPort + 1));
        await using var cluster = await ClusterConnection.ConnectAsync(membership);
        var seen = new List<ClusterSweepProgress>();
        var done = await ClusterSweep.RunAsync(cluster, spec, scenarios.DisplayName, scenarios.Text, batch: 40, seen.Add);

        // 8 points x 90 runs in units of 40, 40 and 10 runs: 24 units.
        Assert.Equal(24, done.Units);
        Assert.Equal(24, done.UnitsDone);
        Assert.Equal(720, done.Done);
        Assert.Equal(2, seen[0].Silos);
        Assert.Equal(Export(local, spec), Export(shared, spec));
        Assert.Equal(Summaries(local, spec), Summaries(shared, spec));

        // A silo runs only experiments submitted by its own build: the id names the code.
        var other = spec with { CodeVersion = "other" };
        var refused = await Assert.ThrowsAsync<Parley.Domain.InputException>(() => ClusterSweep.RunAsync(cluster, other, scenarios.DisplayName, scenarios.Text, batch: 40));
        Assert.Contains("same build", refused.Message);
    }

    internal static SiloSettings Silo(ClusterMembership membership, StoreTarget store, int port, int gatewayPort) => new()
    {
        Membership = membership,
        Store = store,
        Port = port,
        GatewayPort = gatewayPort,
        Address = IPAddress.Loopback,
        Threads = 1,
        CodeVersion = "test",
        WhyNoData = "no datasets in these tests",
    };

    internal static string Export(StoreTarget target, ExperimentSpec spec)
    {
        using var store = ExperimentStore.Open(target);
        using var writer = new StringWriter();
        ExperimentCsvWriter.Write(writer, store, store.Find(spec.Id));
        return writer.ToString();
    }

    internal static string[] Summaries(StoreTarget target, ExperimentSpec spec)
    {
        using var store = ExperimentStore.Open(target);
        return [.. spec.Points.Select(p => store.Summary(spec.Id, p.Index) ?? "none")];
    }
}

/// <summary>Free loopback ports for silos: a silo port and a gateway port, each with the next one free too.</summary>
internal static class Ports
{
    public static (int Silo, int Gateway) Pair()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var silo = Random.Shared.Next(20000, 40000);
            var gateway = silo + 10;
            if (new[] { silo, silo + 1, gateway, gateway + 1 }.All(Free))
            {
                return (silo, gateway);
            }
        }
        throw new InvalidOperationException("no free loopback ports");
    }

    private static bool Free(int port)
    {
        try
        {
            var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
