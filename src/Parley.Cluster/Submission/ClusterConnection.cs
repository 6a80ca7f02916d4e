using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Parley.Cluster.Membership;

namespace Parley.Cluster.Submission;

/// <summary>A client connected to a cluster's silos, through which sweeps are submitted.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterMembership membership)
    {
        _host = host;
        Membership = membership;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The cluster.</summary>
    public ClusterMembership Membership { get; }

    internal IClusterClient Client { get; }

    /// <summary>Connects to the cluster; fails with an <see cref="Domain.InputException"/> when no silo answers.</summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterMembership membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(membership.Apply);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OrleansException or SiloUnavailableException or TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            host.Dispose();
            throw new Domain.InputException(membership.Display, null, null, $"no silo of the cluster answers: start one with the silo command on this store ({ex.Message.ReplaceLineEndings(" ")})", ex);
        }
        return new ClusterConnection(host, membership);
    }

    /// <summary>The silos active now.</summary>
    public async Task<int> ActiveSilosAsync()
    {
        var hosts = await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        return hosts.Count;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }
}
