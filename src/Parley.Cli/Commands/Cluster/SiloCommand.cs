using System.ComponentModel;
using System.Net;
using System.Runtime.InteropServices;
using Parley.Cli.Commands.Store;
using Parley.Cli.Infrastructure;
using Parley.Cluster.Membership;
using Parley.Cluster.Silos;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Cluster;

/// <summary>
/// <c>parley silo --store TARGET [--port N] [--gateway-port N] [--threads T] [--address IP]</c>: a silo
/// that joins the cluster meeting in the PostgreSQL store TARGET and runs the sweep units placed on it
/// until Ctrl-C (or SIGTERM).
/// </summary>
public sealed class SiloCommand : Command<SiloCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>--store.</summary>
        [CommandOption("--store <TARGET>")]
        [Description("The PostgreSQL experiment store the cluster meets in and writes runs into (default: PARLEY_STORE).")]
        public string? Store { get; init; }

        /// <summary>--port.</summary>
        [CommandOption("--port <N>")]
        [Description("The port other silos reach this one on (default 11111).")]
        public int? Port { get; init; }

        /// <summary>--gateway-port.</summary>
        [CommandOption("--gateway-port <N>")]
        [Description("The port sweeps are submitted on (default 30000).")]
        public int? GatewayPort { get; init; }

        /// <summary>--threads.</summary>
        [CommandOption("--threads <T>")]
        [Description("Worker threads of each unit (default: all cores); results do not depend on it.")]
        public int? Threads { get; init; }

        /// <summary>--address.</summary>
        [CommandOption("--address <IP>")]
        [Description("The address other machines reach this silo at (default: this machine's address; 127.0.0.1 for a cluster on one machine).")]
        public string? Address { get; init; }

        /// <summary>--data.</summary>
        [CommandOption("--data <DIR>")]
        [Description("The conflict datasets folder for 'from_data' hazards (default: PARLEY_DATA or ../shared/datasets).")]
        public string? Data { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Threads is < 1)
        {
            throw new CliException("--threads must be at least 1");
        }
        if (settings.Port is < 1 or > 65535 || settings.GatewayPort is < 1 or > 65535)
        {
            throw new CliException("--port and --gateway-port take a port from 1 to 65535");
        }
        IPAddress? address = null;
        if (settings.Address is { } text && !IPAddress.TryParse(text, out address))
        {
            throw new CliException($"--address {text}: give an IP address such as 10.0.0.5 or 127.0.0.1");
        }
        var store = ClusterOption.Store(settings.Store);
        var datasets = DataFolders.Datasets(settings.Data);
        var silo = new SiloSettings
        {
            Membership = ClusterMembership.Database(store),
            Store = store,
            Port = settings.Port ?? SiloSettings.DefaultPort,
            GatewayPort = settings.GatewayPort ?? SiloSettings.DefaultGatewayPort,
            Address = address,
            Threads = settings.Threads,
            CodeVersion = ParleyApp.Version,
            Report = line =>
            {
                Console.Out.WriteLine($"parley: {line}");
                Console.Out.Flush();
            },
            DataDirectory = datasets.Path,
            WhyNoData = datasets.WhyMissing,
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var running = ClusterOption.Wait(ParleySilo.StartAsync(silo, stop.Token), $"cannot start a silo on ports {silo.Port} and {silo.GatewayPort}: give other --port and --gateway-port");
            Console.Out.WriteLine($"parley: silo {running.Name} joined the cluster in {store.Display} (gateway port {silo.GatewayPort}; Ctrl-C leaves)");
            Console.Out.Flush();
            stop.Token.WaitHandle.WaitOne();
            running.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Console.Out.WriteLine($"parley: silo {running.Name} left the cluster");
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
