namespace Parley.Web;

/// <summary>What the host that starts the dashboard found for it: the folders and the addresses.</summary>
public sealed record ServeSettings
{
    /// <summary>The addresses to listen on (null: the configuration's, else http://127.0.0.1:5000).</summary>
    public string? Urls { get; init; }

    /// <summary>The folder of the user's own scenarios (null: only the shipped ones).</summary>
    public string? ScenariosDirectory { get; init; }

    /// <summary>The conflict datasets folder for hazards estimated from data (null: none, with <see cref="WhyNoData"/>).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Why there is no datasets folder, when there is none.</summary>
    public string? WhyNoData { get; init; }

    /// <summary>The folder of detailed geo data for the map (null: the outline only).</summary>
    public string? GeoDataDirectory { get; init; }

    /// <summary>The PostgreSQL store of the Orleans cluster that sweeps are submitted to (null: no cluster, no sweeps).</summary>
    public string? ClusterStore { get; init; }

    /// <summary>The version of the code (with its commit) that experiments record; null: this assembly's.</summary>
    public string? CodeVersion { get; init; }

    /// <summary>Monte Carlo jobs that may wait in the queue; more get 429.</summary>
    public int QueueCapacity { get; init; } = 16;

    /// <summary>Monte Carlo jobs run at the same time.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Most runs one job may ask for.</summary>
    public int MaxRuns { get; init; } = 100_000;

    /// <summary>Whether to compute the listed scenarios' overviews in the background at start.</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>API requests one client may make per 10 seconds.</summary>
    public int RequestsPer10Seconds { get; init; } = 2000;

    /// <summary>These settings with the ones the configuration's <c>Parley</c> section gives (Scenarios, Data, Cluster, QueueCapacity, Workers, MaxRuns, RequestsPer10Seconds, WarmUp) put over them.</summary>
    public ServeSettings WithConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int Int(string key, int value) => int.TryParse(section[key], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : value;
        return this with
        {
            ScenariosDirectory = section["Scenarios"] ?? ScenariosDirectory,
            DataDirectory = section["Data"] ?? DataDirectory,
            ClusterStore = section["Cluster"] ?? ClusterStore,
            QueueCapacity = Math.Max(1, Int("QueueCapacity", QueueCapacity)),
            Workers = Math.Max(0, Int("Workers", Workers)),
            MaxRuns = Math.Max(1, Int("MaxRuns", MaxRuns)),
            RequestsPer10Seconds = Math.Max(1, Int("RequestsPer10Seconds", RequestsPer10Seconds)),
            WarmUp = bool.TryParse(section["WarmUp"], out var warm) ? warm : WarmUp,
        };
    }
}
