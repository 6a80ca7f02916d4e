using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Parley.LoadTest;
using Parley.Web;

// dotnet run -c Release --project bench/Parley.LoadTest [-- --url http://127.0.0.1:5000] [--clients 20] [--requests 50] [--path PATH]
// Without --url it starts the dashboard in this process on a free loopback port.
var options = Args.Parse(args);
await using var local = options.Url is null ? ParleyWebHost.Create([], new ServeSettings { Urls = "http://127.0.0.1:0", WarmUp = false, RequestsPer10Seconds = 1_000_000 }) : null;
var baseUrl = options.Url;
if (local is not null)
{
    await local.StartAsync();
    baseUrl = local.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
foreach (var path in options.Paths)
{
    var url = new Uri(new Uri(baseUrl!), path);
    using var http = new HttpClient();
    var cold = Stopwatch.StartNew();
    using (var first = await http.GetAsync(url))
    {
        first.EnsureSuccessStatusCode();
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: first request {cold.Elapsed.TotalMilliseconds:0} ms (cold)"));
    var run = await LoadRun.Measure(url, options.Clients, options.Requests);
    Console.WriteLine($"{path}: {options.Clients} clients x {options.Requests} requests: {run.Describe()}");
}
if (local is not null)
{
    await local.StopAsync();
}

/// <summary>The command line of the load generator.</summary>
internal sealed record Args(string? Url, int Clients, int Requests, IReadOnlyList<string> Paths)
{
    public static Args Parse(string[] args)
    {
        string? url = null;
        int clients = 20, requests = 50;
        var paths = new List<string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = args[i + 1]; break;
                case "--clients": clients = Math.Clamp(int.Parse(args[i + 1], CultureInfo.InvariantCulture), 1, 200); break;
                case "--requests": requests = Math.Clamp(int.Parse(args[i + 1], CultureInfo.InvariantCulture), 1, 10_000); break;
                case "--path": paths.Add(args[i + 1]); break;
                default: throw new ArgumentException($"unknown option {args[i]}: use --url, --clients, --requests or --path");
            }
        }
        return new Args(url, clients, requests, paths.Count > 0 ? paths : ["/api/scenarios/gaza-2025/analysis?hypothesis=limited-aims", "/scenarios/gaza-2025"]);
    }
}
