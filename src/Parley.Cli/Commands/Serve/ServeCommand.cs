using System.ComponentModel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Parley.Cli.Infrastructure;
using Parley.Web;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands.Serve;

/// <summary>
/// <c>parley serve [--port N] [--urls URLS] [--scenarios DIR] [--cluster TARGET]</c>: the web dashboard, on 127.0.0.1 only
/// unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise; prints its address and serves until Ctrl-C.
/// </summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    /// <summary>Arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>--port.</summary>
        [CommandOption("--port <N>")]
        [Description("listen on http://127.0.0.1:N (default 5000; 0 picks a free port)")]
        public int? Port { get; init; }

        /// <summary>--urls.</summary>
        [CommandOption("--urls <URLS>")]
        [Description("the addresses to listen on, ';'-separated (default: ASPNETCORE_URLS, else http://127.0.0.1:5000)")]
        public string? Urls { get; init; }

        /// <summary>--scenarios.</summary>
        [CommandOption("--scenarios <DIR>")]
        [Description("a folder of your own scenarios (NAME.yaml, or NAME/scenario.yaml), served beside the shipped ones")]
        public string? Scenarios { get; init; }

        /// <summary>--data.</summary>
        [CommandOption("--data <DIR>")]
        [Description("conflict datasets for hazards estimated from data (default: PARLEY_DATA or ../shared/datasets)")]
        public string? Data { get; init; }

        /// <summary>--cluster.</summary>
        [CommandOption("--cluster <TARGET>")]
        [Description("the PostgreSQL store of an Orleans cluster (see parley silo): the dashboard's API submits sweeps to it (POST /api/scenarios/ID/sweeps)")]
        public string? Cluster { get; init; }

        /// <summary>--geo-data.</summary>
        [CommandOption("--geo-data <DIR>")]
        [Description("detailed map files for the map page (default: PARLEY_DATA or ../shared/data)")]
        public string? GeoData { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var serve = Resolve(settings);
        var app = ParleyWebHost.Create([], serve);
        try
        {
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or UriFormatException)
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new CliException($"cannot listen on {serve.Urls}: {ex.Message.TrimEnd('.')}: give another --port or --urls", ex);
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.Out.WriteLine($"parley: serving the dashboard on {address} (Ctrl-C stops it)");
        }
        Console.Out.Flush();
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    /// <summary>The dashboard's settings from the options and the environment (the addresses: --urls, else --port, else ASPNETCORE_URLS).</summary>
    internal static ServeSettings Resolve(Settings settings)
    {
        if (settings.Port is < 0 or > 65535)
        {
            throw new CliException($"--port {settings.Port}: give a port from 0 to 65535");
        }
        if (settings.Urls is not null && settings.Port is not null)
        {
            throw new CliException("give either --port or --urls, not both");
        }
        if (settings.Scenarios is { } folder && !Directory.Exists(folder))
        {
            throw new CliException($"--scenarios {folder}: no such folder: check the path");
        }
        var urls = settings.Urls
            ?? (settings.Port is { } port ? $"http://127.0.0.1:{port}" : null)
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        var datasets = DataFolders.Datasets(settings.Data);
        return new ServeSettings
        {
            Urls = string.IsNullOrWhiteSpace(urls) ? ParleyWebHost.DefaultUrls : urls,
            ScenariosDirectory = settings.Scenarios is null ? null : Path.GetFullPath(settings.Scenarios),
            DataDirectory = datasets.Path,
            WhyNoData = datasets.WhyMissing,
            GeoDataDirectory = DataFolders.Geo(settings.GeoData),
            ClusterStore = settings.Cluster is null ? null : Cluster.ClusterOption.Store(settings.Cluster).Text,
            CodeVersion = ParleyApp.Version,
        };
    }
}
