using System.Net;
using Parley.Cluster.Membership;
using Parley.Store.Database;

namespace Parley.Cluster.Silos;

/// <summary>
/// How a silo runs: the cluster it joins, the store it writes runs into, its ports and address, the
/// worker threads of each unit (units run one at a time on a silo) and the datasets folder for
/// <c>from_data</c> hazards.
/// </summary>
public sealed record SiloSettings
{
    /// <summary>Orleans' default silo-to-silo port.</summary>
    public const int DefaultPort = 11111;

    /// <summary>Orleans' default port for clients.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>How silos find each other.</summary>
    public required ClusterMembership Membership { get; init; }

    /// <summary>The experiment store every silo writes into.</summary>
    public required StoreTarget Store { get; init; }

    /// <summary>The port silos talk to this one on.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The port clients submit on.</summary>
    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>The address other silos and clients reach this one at; null for the machine's own address.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>Worker threads per unit (null: all cores).</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// The version of the code this silo runs (with its commit); when set, a unit of an experiment
    /// submitted by other code is refused, since the experiment's id names the code that simulates it.
    /// </summary>
    public string? CodeVersion { get; init; }

    /// <summary>Told a line as each unit starts and ends on this silo (the host prints it), or null.</summary>
    public Action<string>? Report { get; init; }

    /// <summary>The conflict datasets folder, or null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Why there is no datasets folder, for the message of a scenario that needs one.</summary>
    public string? WhyNoData { get; init; }
}
