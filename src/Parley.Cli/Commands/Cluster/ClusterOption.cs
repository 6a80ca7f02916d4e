using Parley.Cli.Commands.Store;
using Parley.Cli.Infrastructure;
using Parley.Store.Database;

namespace Parley.Cli.Commands.Cluster;

/// <summary>The store a cluster meets in (PostgreSQL only), and waiting on the cluster's start-up with a short message on failure.</summary>
internal static class ClusterOption
{
    /// <summary>The PostgreSQL store named by <paramref name="flag"/> or <c>PARLEY_STORE</c>.</summary>
    public static StoreTarget Store(string? flag)
    {
        var target = StoreOption.Resolve(flag, always: false)
            ?? throw new CliException($"name the cluster's PostgreSQL store: --store postgresql://... (or set {StoreOption.Variable})");
        if (!target.IsPostgres)
        {
            throw new CliException($"{target.Text}: a cluster meets in a PostgreSQL store (postgresql://... or Host=...); a SQLite file serves one machine: run the sweep without --cluster");
        }
        return target;
    }

    /// <summary>The result of <paramref name="task"/>; a network failure becomes <paramref name="failure"/> with its reason.</summary>
    public static T Wait<T>(Task<T> task, string failure)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or Orleans.Runtime.OrleansException or InvalidOperationException or IOException)
        {
            throw new CliException($"{failure} ({ex.Message.ReplaceLineEndings(" ").TrimEnd('.')})", ex);
        }
    }
}
