using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Parley.Store.Tests;

/// <summary>
/// Two <c>parley silo</c> processes on loopback that meet in a PostgreSQL store (ADO.NET clustering),
/// a <c>parley sweep --cluster</c> submitting to them, and one silo killed (SIGKILL) mid-sweep: its
/// units run again on the other silo and the export is byte-identical to a sweep in one process.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterProcessTests(PostgresServer postgres, Xunit.Abstractions.ITestOutputHelper log)
{
    private static string[] Sweep(params string[] more) =>
    [
        "sweep", Files.Gaza, "--vary", "war.battle_win_probability=0.5,0.56", "--vary", "parties.Hamas.reservation=0.1,0.2",
        "--runs", "400", "--batch", "50", "--seed", "11", .. more,
    ];

    [Fact]
    public async Task A_sweep_survives_the_loss_of_one_of_two_silos_with_the_bytes_of_one_process()
    {
        var dir = Files.TempDirectory();
        var database = postgres.NewDatabase();
        var (siloPort, gatewayPort) = Ports.Pair();
        var clock = Stopwatch.StartNew();
        var starting = new[] { Task.Run(() => StartSilo(dir, database, siloPort, gatewayPort)), Task.Run(() => StartSilo(dir, database, siloPort + 1, gatewayPort + 1)) };
        using var first = await starting[0];
        using var second = await starting[1];
        log.WriteLine($"silos up at {clock.Elapsed}");
        // The first silo's lines are read to the end so that its output never fills the pipe.
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        try
        {
            using var sweep = ParleyProcess.Start(dir, Sweep("--cluster", database, "--report", Path.Combine(dir, "cluster-report")));
            var stdout = sweep.StandardOutput.ReadToEndAsync();
            var stderr = sweep.StandardError.ReadToEndAsync();
            var killedAt = WaitForRuns(database, 300, sweep);
            log.WriteLine($"silo killed at {clock.Elapsed} with {killedAt} runs stored");
            second.Kill(entireProcessTree: true);
            second.WaitForExit();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await sweep.WaitForExitAsync(limit.Token);
            var output = await stdout;
            log.WriteLine($"sweep done at {clock.Elapsed}: {output}");
            Assert.True(sweep.ExitCode == 0, await stderr + output);
            Assert.InRange(killedAt, 300, 1599);
            var repeated = Regex.Match(output, @"32 of 32 units, 1,600 of 1,600 runs stored, [0-9,]+ found already stored, ([0-9,]+) unit calls repeated");
            Assert.True(repeated.Success, output);
            Assert.True(int.Parse(repeated.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) >= 1, "no unit was on the lost silo: " + output);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            second.Kill(entireProcessTree: true);
        }

        var local = InProcess(Sweep("--threads", "2", "--store", Path.Combine(dir, "local.db"), "--report", Path.Combine(dir, "local-report")));
        Assert.True(local.ExitCode == 0, local.Stderr);
        Assert.Equal(Export(Path.Combine(dir, "local.db"), Path.Combine(dir, "local.csv")), Export(database, Path.Combine(dir, "cluster.csv")));
        log.WriteLine($"compared at {clock.Elapsed}");
        Assert.Equal(1 + 1600, File.ReadAllLines(Path.Combine(dir, "cluster.csv")).Length);
        Assert.Equal(1600, Runs(database));
    }

    private static async Task WaitForLine(Process silo, string text)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await silo.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }
        Assert.Fail("the silo ended before it started another unit");
    }

    private static Process StartSilo(string dir, string database, int port, int gatewayPort)
    {
        var silo = ParleyProcess.Start(dir, "silo", "--store", database, "--address", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture), "--threads", "1");
        var line = silo.StandardOutput.ReadLineAsync();
        if (!line.Wait(60_000) || line.Result is null || !line.Result.Contains("joined the cluster", StringComparison.Ordinal))
        {
            silo.Kill(entireProcessTree: true);
            Assert.Fail($"the silo did not start: {line.Result} {silo.StandardError.ReadToEnd()}");
        }
        return silo;
    }

    /// <summary>Waits until the store holds at least <paramref name="atLeast"/> runs; returns how many it holds then.</summary>
    private static long WaitForRuns(string database, long atLeast, Process sweep)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !sweep.HasExited)
        {
            var runs = Runs(database);
            if (runs >= atLeast)
            {
                return runs;
            }
            Thread.Sleep(50);
        }
        Assert.Fail("the sweep finished or stalled before a silo could be lost: " + sweep.StandardError.ReadToEnd());
        return 0;
    }

    private static long Runs(string database)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*) FROM runs", connection);
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (PostgresException)
        {
            return 0;
        }
    }

    private static string Export(string store, string file)
    {
        var list = InProcess("runs", "list", "--store", store);
        var experiment = Regex.Match(list.Stdout, "[0-9a-f]{16}").Value;
        var result = InProcess("runs", "export", experiment, "--store", store, "--out", file);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return File.ReadAllText(file);
    }

    /// <summary>Runs parley in this process (absolute paths only).</summary>
    private static (int ExitCode, string Stdout, string Stderr) InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(output), Interactive = Spectre.Console.InteractionSupport.No });
        var code = Cli.Infrastructure.ParleyApp.Run(args, console, error);
        return (code, output.ToString(), error.ToString());
    }
}
