using System.Diagnostics;
using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

public sealed class SimulateCommandTests
{
    [Fact]
    public void Json_has_the_contract_shape()
    {
        var result = ParleyCli.Run("simulate", "--model", "smith-stam", "--runs", "1000", "--seed", "3", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(1000, root.GetProperty("runs").GetInt32());
        var endings = root.GetProperty("endings");
        Assert.Equal(
            ["negotiated-settlement", "ceasefire-held", "ceasefire-collapsed", "capitulation", "military-victory", "extermination-expulsion", "withdrawal", "stalemate"],
            endings.EnumerateObject().Select(e => e.Name));
        Assert.Equal(1000, endings.EnumerateObject().Sum(e => e.Value.GetInt32()));
        foreach (var key in new[] { "count", "mean", "min", "q1", "median", "q3", "max" })
        {
            Assert.True(root.GetProperty("daysToAgreement").TryGetProperty(key, out _), key);
        }
        Assert.True(root.GetProperty("casualties").TryGetProperty("total", out _));
        Assert.Equal(["30", "90", "365"], root.GetProperty("ceasefireHolds").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
    }

    [Fact]
    public void Defaults_run_as_they_are()
    {
        var result = ParleyCli.Run("simulate", "--model", "smith-stam", "--runs", "1000");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("negotiated-settlement", result.Stdout);
        Assert.Contains("days to", result.Stdout);
    }

    [Theory]
    [InlineData("smith-stam", "csv")]
    [InlineData("slantchev", "parquet")]
    public void Output_is_byte_identical_for_one_two_and_four_threads(string model, string extension)
    {
        var outputs = new List<(string Json, byte[] File)>();
        foreach (var threads in new[] { "1", "2", "4" })
        {
            var path = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"), $"runs.{extension}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var result = ParleyCli.Run("simulate", "--model", model, "--runs", "20000", "--seed", "11", "--threads", threads, "--format", "json", "--out", path);
            Assert.True(result.ExitCode == 0, result.Stderr);
            outputs.Add((result.Stdout, File.ReadAllBytes(path)));
        }
        Assert.All(outputs, o => Assert.Equal(outputs[0].Json, o.Json));
        Assert.All(outputs, o => Assert.Equal(outputs[0].File, o.File));
        Assert.True(outputs[0].File.Length > 20000);
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_run()
    {
        var path = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"), "runs.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = ParleyCli.Run("simulate", "--model", "filson-werner", "--runs", "500", "--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wrote 500 runs", result.Stdout);
        var lines = File.ReadAllLines(path);
        Assert.Equal(501, lines.Length);
        Assert.StartsWith("run,ending,prevailing,rounds,days,daysToAgreement", lines[0]);
        Assert.EndsWith("shareA,defenderStrong,finalBelief", lines[0]);
    }

    [Fact]
    public void Model_parameters_reach_the_model()
    {
        // Fearon with complete information (cost-bar 0) never fights.
        var result = ParleyCli.Run("simulate", "--model", "fearon", "--p", "0.6", "--cost-bar", "0", "--runs", "200", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(200, doc.RootElement.GetProperty("endings").GetProperty("negotiated-settlement").GetInt32());
        Assert.Equal(0.6, doc.RootElement.GetProperty("parameters").GetProperty("p").GetDouble());
    }

    [Fact]
    public async Task Ctrl_c_stops_cleanly_and_reports_the_finished_runs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // SIGINT is sent with kill(1) and progress read from /proc
        }
        // Priors so strong that battles barely move them (A sure to win, B sure A loses) and zero costs:
        // the sides never agree, so each run is a fight to the finish over 400 forts (about 40,000
        // battles) and the simulation would take minutes unless interrupted. (Until issue 10 the walk
        // had 2,000 forts, a million battles a run; since the war values average over each side's
        // belief, a quadrature each round, such a run takes tens of seconds, longer than this test
        // waits for the runs in flight to finish after Ctrl-C.)
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        foreach (var arg in new[] { "simulate", "--model", "smith-stam", "--forts", "400", "--start", "200", "--alpha-a", "1000000", "--beta-a", "1", "--alpha-b", "1", "--beta-b", "1000000", "--cost-a", "0", "--cost-b", "0", "--max-rounds", "100000000", "--runs", "2000", "--threads", "2", "--format", "json" })
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        try
        {
            await InterruptAndCheck(process);
        }
        finally
        {
            // Never leave the simulation running (it would take many minutes) when an assertion fails.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task InterruptAndCheck(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A process started from a background job of a non-interactive shell inherits SIGINT as ignored,
        // and .NET then never sees Ctrl-C: say so rather than time out.
        Assert.False(SigIntIgnored(process.Id), "SIGINT is ignored in this test run (tests started as a background job of a non-interactive shell?), so Ctrl-C cannot be tested; run the tests in the foreground");
        // Wait until the process has spent 3 s of CPU time, well past start-up (about 0.5 s), so the
        // simulation and its Ctrl-C handler are running whatever the load on the machine.
        var waited = Stopwatch.StartNew();
        while (CpuSeconds(process.Id) < 3 && waited.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
        {
            await Task.Delay(200);
        }
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(130, process.ExitCode);
        using var doc = JsonDocument.Parse(await stdout);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(2000, root.GetProperty("requestedRuns").GetInt32());
        var runs = root.GetProperty("runs").GetInt32();
        Assert.InRange(runs, 0, 1999);
        Assert.Equal(runs, root.GetProperty("endings").EnumerateObject().Sum(e => e.Value.GetInt32()));
        Assert.Contains($"stopped after {runs} of 2000 runs", await stderr);
    }

    /// <summary>Whether SIGINT (signal 2) is ignored by a process: bit 1 of SigIgn in /proc/PID/status.</summary>
    private static bool SigIntIgnored(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & 0x2) != 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>User plus system CPU time of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state), so utime (14) and stime (15) are fields[11] and fields[12].
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
