using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.EndToEnd;

/// <summary>
/// The few tests that start <c>dotnet Parley.Cli.dll</c> as a user would: start-up, exit codes and
/// standard error as the shell sees them, and that an in-process run (<see cref="ParleyCli"/>, which
/// every other command test uses) gives the same bytes as the process. The default <c>run</c> from an
/// empty folder and Ctrl-C are end-to-end tests too (RunCommandTests, SimulateCommandTests).
/// </summary>
public sealed class ProcessTests
{
    [Fact]
    public void Help_exits_zero_and_is_the_same_in_process()
    {
        var process = AssertSameInProcess("--help");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("USAGE", process.Stdout, StringComparison.Ordinal);
        Assert.Contains("analyze", process.Stdout, StringComparison.Ordinal);
        Assert.Empty(process.Stderr);
    }

    [Fact]
    public void A_missing_file_exits_two_with_one_line_on_stderr_and_is_the_same_in_process()
    {
        var missing = Path.Combine(TestFiles.TempDirectory(), "no-such-scenario.yaml");
        var process = AssertSameInProcess("analyze", missing);
        ErrorAssert.OneLine(process, "no-such-scenario.yaml", "not found");
        Assert.Empty(process.Stdout);
    }

    [Fact]
    public void Terminal_tables_are_the_same_in_process()
    {
        // analyze writes through Terminal.Create, aid through AnsiConsole.Console: piped, both give TSV tables.
        var analyze = AssertSameInProcess("analyze", TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml"));
        Assert.Equal(0, analyze.ExitCode);
        Assert.Contains("Bargaining range", analyze.Stdout, StringComparison.Ordinal);
        var aid = AssertSameInProcess("aid");
        Assert.Equal(0, aid.ExitCode);
        Assert.Contains("Land crossings", aid.Stdout, StringComparison.Ordinal);
        Assert.Contains("\t", analyze.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("│", analyze.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="args"/> as a process (its output captured: a pipe) and in-process as piped; asserts the same exit code, stdout and stderr.</summary>
    private static CliResult AssertSameInProcess(params string[] args)
    {
        var process = ParleyProcess.Run(args);
        var inProcess = ParleyCli.RunPiped(args);
        Assert.Equal(process.ExitCode, inProcess.ExitCode);
        Assert.Equal(process.Stdout, inProcess.Stdout);
        Assert.Equal(process.Stderr, inProcess.Stderr);
        return process;
    }
}
