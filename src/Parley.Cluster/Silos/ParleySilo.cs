using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Parley.Cluster.Silos;

/// <summary>
/// A running silo: joins the cluster of <see cref="SiloSettings.Membership"/> and runs the sweep units
/// placed on it into <see cref="SiloSettings.Store"/> until stopped. A lost silo is noticed by the others
/// within seconds (they probe each other every 2 s and declare a silo dead after 3 missed probes), and
/// its units are run again elsewhere.
/// </summary>
public sealed class ParleySilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stopping;

    private ParleySilo(IHost host, CancellationTokenSource stopping, string name)
    {
        _host = host;
        _stopping = stopping;
        Name = name;
    }

    /// <summary>The silo's name: address and port.</summary>
    public string Name { get; }

    /// <summary>Starts a silo and returns once it has joined the cluster.</summary>
    public static async Task<ParleySilo> StartAsync(SiloSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stopping = new CancellationTokenSource();
        var name = $"{settings.Address?.ToString() ?? "silo"}:{settings.Port}";
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(new SiloWork(settings, name, stopping.Token));
        builder.UseOrleans(silo =>
        {
            settings.Membership.Apply(silo, settings.Address, settings.Port, settings.GatewayPort);
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 3;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            stopping.Dispose();
            throw;
        }
        return new ParleySilo(host, stopping, name);
    }

    /// <summary>Leaves the cluster: the unit running here stops after its current batch and is run again elsewhere.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _host.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
        }
        _host.Dispose();
        _stopping.Dispose();
    }
}
