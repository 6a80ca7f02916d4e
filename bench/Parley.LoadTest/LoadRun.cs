using System.Diagnostics;
using System.Globalization;

namespace Parley.LoadTest;

/// <summary>The latencies of a bounded load: every client sends its requests one after another.</summary>
/// <param name="Latencies">Each request's latency in milliseconds, sorted.</param>
/// <param name="Failures">Requests that did not answer 200.</param>
/// <param name="Wall">The whole run's wall-clock time.</param>
internal sealed record LoadRun(double[] Latencies, int Failures, TimeSpan Wall)
{
    /// <summary>Runs <paramref name="clients"/> clients of <paramref name="requests"/> GET requests each to <paramref name="url"/>.</summary>
    public static async Task<LoadRun> Measure(Uri url, int clients, int requests)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new double[clients * requests];
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var r = 0; r < requests; r++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                _ = await response.Content.ReadAsByteArrayAsync();
                latencies[(c * requests) + r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        wall.Stop();
        Array.Sort(latencies);
        return new LoadRun(latencies, failures, wall.Elapsed);
    }

    /// <summary>The <paramref name="p"/>-th percentile (nearest rank).</summary>
    public double Percentile(double p) => Latencies[Math.Clamp((int)Math.Ceiling(p / 100.0 * Latencies.Length) - 1, 0, Latencies.Length - 1)];

    /// <summary>One line of figures.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Latencies.Length} requests in {Wall.TotalSeconds:0.00} s ({Latencies.Length / Wall.TotalSeconds:0} req/s), {Failures} failed; latency ms: p50 {Percentile(50):0.0}, p95 {Percentile(95):0.0}, p99 {Percentile(99):0.0}, max {Latencies[^1]:0.0}");
}
