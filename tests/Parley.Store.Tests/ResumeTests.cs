using Microsoft.Data.Sqlite;

namespace Parley.Store.Tests;

/// <summary>
/// A sweep or a recorded simulation killed with SIGKILL in the middle of its work and started again
/// with the same command continues where it stopped: no run lost, none duplicated, and the export is
/// byte-identical to the export of an uninterrupted run.
/// </summary>
public sealed class ResumeTests
{
    private static string[] Sweep(string store) =>
    [
        "sweep", Files.Gaza, "--vary", "war.battle_win_probability=0.5,0.53,0.56", "--vary", "parties.Hamas.reservation=0.1,0.2",
        "--runs", "1200", "--batch", "100", "--seed", "3", "--threads", "1", "--store", store,
    ];

    [Fact]
    public void A_sweep_killed_mid_run_resumes_to_the_bytes_of_an_uninterrupted_sweep()
    {
        var dir = Files.TempDirectory();
        const long total = 6 * 1200;
        var killedAt = KillWhenStored(dir, Sweep("killed.db"), "killed.db", atLeast: 500);
        Assert.InRange(killedAt, 500, total - 1);

        var resumed = ParleyProcess.Run(dir, Sweep("killed.db"));
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Matches(@"7,200 of 7,200 runs stored, [1-9][0-9,]* found already stored", resumed.Stdout);
        var whole = ParleyProcess.Run(dir, Sweep("whole.db"));
        Assert.True(whole.ExitCode == 0, whole.Stderr);
        Assert.Contains("0 found already stored", whole.Stdout);

        Assert.Equal(Export(dir, "whole.db", "whole.csv"), Export(dir, "killed.db", "killed.csv"));
        Assert.Equal(1 + total, File.ReadAllLines(Path.Combine(dir, "killed.csv")).Length);
        Assert.Equal(total, Count(Path.Combine(dir, "killed.db"), "SELECT COUNT(*) FROM runs"));
        Assert.Equal(total, Count(Path.Combine(dir, "killed.db"), "SELECT COUNT(DISTINCT point * 100000 + run) FROM runs"));
    }

    [Fact]
    public void A_recorded_simulation_killed_mid_run_resumes_to_the_summary_of_a_plain_one()
    {
        var dir = Files.TempDirectory();
        string[] simulate = ["simulate", Files.Gaza, "--runs", "20000", "--seed", "5", "--threads", "1", "--format", "json"];
        var killedAt = KillWhenStored(dir, [.. simulate, "--store", "sim.db"], "sim.db", atLeast: 10_000);
        Assert.InRange(killedAt, 10_000, 19_999);
        var resumed = ParleyProcess.Run(dir, [.. simulate, "--store", "sim.db"]);
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        var plain = ParleyProcess.Run(dir, simulate);
        Assert.Equal(plain.Stdout, resumed.Stdout);
        Assert.Equal(20_000, Count(Path.Combine(dir, "sim.db"), "SELECT COUNT(*) FROM runs"));
    }

    /// <summary>Starts parley, waits until the store holds at least <paramref name="atLeast"/> runs, kills it (SIGKILL) and returns the runs stored then.</summary>
    private static long KillWhenStored(string dir, string[] args, string store, long atLeast)
    {
        using var process = ParleyProcess.Start(dir, args);
        var path = Path.Combine(dir, store);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(path) && TryCount(path) >= atLeast)
            {
                break;
            }
            Thread.Sleep(20);
        }
        if (process.HasExited)
        {
            Assert.Fail("parley finished before it could be killed: " + process.StandardError.ReadToEnd());
        }
        // SIGKILL to the process and anything it started (a dotnet launcher may run the tool as a child).
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.NotEqual(0, process.ExitCode);
        return Count(path, "SELECT COUNT(*) FROM runs");
    }

    private static string Export(string dir, string store, string file)
    {
        var id = ParleyProcess.Run(dir, "runs", "list", "--store", store).Stdout;
        var experiment = System.Text.RegularExpressions.Regex.Match(id, "[0-9a-f]{16}").Value;
        var result = ParleyProcess.Run(dir, "runs", "export", experiment, "--store", store, "--out", file);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return File.ReadAllText(Path.Combine(dir, file));
    }


    private static long TryCount(string path)
    {
        try
        {
            return Count(path, "SELECT COUNT(*) FROM runs");
        }
        catch (SqliteException)
        {
            // Not created yet.
            return 0;
        }
    }

    private static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
