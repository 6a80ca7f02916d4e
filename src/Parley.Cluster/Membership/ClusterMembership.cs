using System.Net;
using Orleans.Configuration;
using Orleans.Hosting;
using Parley.Store.Database;

namespace Parley.Cluster.Membership;

/// <summary>
/// How silos and clients find each other: through the membership tables of a PostgreSQL experiment
/// store (silos on several machines), or on one machine through the silo listening on a known port
/// (Orleans' development clustering, for trying a cluster without a database and for tests).
/// </summary>
public sealed class ClusterMembership
{
    /// <summary>The Orleans cluster and service id every Parley silo and client uses.</summary>
    public const string ClusterId = "parley";

    private readonly StoreTarget? _store;
    private readonly int _primarySiloPort;
    private readonly int[] _gatewayPorts;

    private ClusterMembership(StoreTarget? store, int primarySiloPort, int[] gatewayPorts)
    {
        _store = store;
        _primarySiloPort = primarySiloPort;
        _gatewayPorts = gatewayPorts;
    }

    /// <summary>Silos meet in the PostgreSQL store <paramref name="store"/> (its membership tables are created when missing).</summary>
    public static ClusterMembership Database(StoreTarget store)
    {
        ArgumentNullException.ThrowIfNull(store);
        MembershipSchema.Apply(store);
        return new ClusterMembership(store, 0, []);
    }

    /// <summary>Silos on this machine meet at the silo listening on <paramref name="primarySiloPort"/>; clients connect to <paramref name="gatewayPorts"/>.</summary>
    public static ClusterMembership Localhost(int primarySiloPort, params int[] gatewayPorts)
    {
        ArgumentNullException.ThrowIfNull(gatewayPorts);
        return new ClusterMembership(null, primarySiloPort, gatewayPorts);
    }

    /// <summary>Where the cluster is, as shown to a user.</summary>
    public string Display => _store?.Display ?? $"silos on 127.0.0.1 (primary silo port {_primarySiloPort})";

    internal void Apply(ISiloBuilder silo, IPAddress? address, int siloPort, int gatewayPort)
    {
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        if (_store is null)
        {
            var primary = siloPort == _primarySiloPort ? null : new IPEndPoint(IPAddress.Loopback, _primarySiloPort);
            silo.UseLocalhostClustering(siloPort, gatewayPort, primary, ClusterId, ClusterId);
            return;
        }
        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", _store.PostgresConnectionString!));
        if (address is null)
        {
            silo.ConfigureEndpoints(siloPort, gatewayPort);
        }
        else
        {
            silo.ConfigureEndpoints(address, siloPort, gatewayPort);
        }
    }

    internal void Apply(IClientBuilder client)
    {
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        if (_store is null)
        {
            client.UseLocalhostClustering(_gatewayPorts, ClusterId, ClusterId);
            return;
        }
        client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", _store.PostgresConnectionString!));
        // A new silo is seen within seconds rather than the default minute.
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
    }
}
