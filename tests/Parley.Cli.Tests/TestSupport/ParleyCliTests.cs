using Parley.Cli.Infrastructure;

namespace Parley.Cli.Tests.TestSupport;

/// <summary>The in-process runner: each run captures only its own output, and nothing stays routed after it.</summary>
public sealed class ParleyCliTests
{
    [Fact]
    public void Parallel_runs_each_capture_only_their_own_output()
    {
        // Plain JSON writes (Console.Out), Spectre tables on Terminal.Create and on AnsiConsole.Console,
        // and errors (Console.Error), all at once on several threads.
        string[][] commands =
        [
            ["model", "rubinstein", "--delta-a", "0.9", "--delta-b", "0.8", "--format", "json"],
            ["model", "rubinstein", "--delta-a", "0.5", "--delta-b", "0.6", "--format", "json"],
            ["analyze", TestFiles.Example],
            ["aid", "--trucks", "300"],
            ["aid", "--format", "json"],
            ["simulate", "--model", "fearon", "--runs", "200", "--format", "json"],
            ["model", "fearon", "--p", "1.5"],
            ["bogus"],
        ];
        var sequential = commands.Select(c => ParleyCli.Run(c)).ToList();
        Assert.Equal(2, sequential.Select(r => r.Stdout).Take(2).Distinct().Count());
        Assert.All(sequential.Take(6), r => Assert.True(r.ExitCode == 0 && r.Stdout.Length > 0 && r.Stderr.Length == 0, r.Stderr));
        Assert.All(sequential.Skip(6), r => Assert.True(r.ExitCode == 2 && r.Stdout.Length == 0 && r.Stderr.StartsWith("parley: error: ", StringComparison.Ordinal)));

        var parallel = new CliResult[commands.Length * 3];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ParleyCli.Run(commands[i % commands.Length]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % commands.Length], parallel[i]);
        }
    }

    [Fact]
    public void After_a_run_nothing_is_routed_even_when_it_failed()
    {
        ParleyCli.Run("analyze", Path.Combine(TestFiles.TempDirectory(), "missing.yaml"));
        Assert.Null(AmbientConsole.Current);
        ParleyCli.Run("model", "rubinstein", "--format", "json");
        Assert.Null(AmbientConsole.Current);
    }
}
