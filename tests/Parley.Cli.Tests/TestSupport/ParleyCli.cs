using Parley.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Parley.Cli.Tests.TestSupport;

/// <summary>
/// Runs <c>parley</c> in this process through <see cref="ParleyApp.Run(string[], Spectre.Console.IAnsiConsole, TextWriter)"/>,
/// with a Spectre <see cref="TestConsole"/> as standard output and a string writer as standard error.
/// Parallel tests each capture their own output. The working directory is never changed: give
/// absolute paths (<see cref="TestFiles"/>) and <c>--out</c> for <c>run</c>.
/// </summary>
internal static class ParleyCli
{
    /// <summary>Runs <c>parley <paramref name="args"/></c> and returns what the process would have given.</summary>
    public static CliResult Run(params string[] args)
    {
        // TestConsole is 80 columns wide without colour or ANSI codes, as Spectre's default console is
        // when standard output is redirected; tables written through Terminal.Create stay 160 wide.
        using var console = new TestConsole();
        using var error = new StringWriter();
        var exitCode = ParleyApp.Run(args, console, error);
        return new CliResult(exitCode, console.Output, error.ToString());
    }

    /// <summary>
    /// Runs <c>parley <paramref name="args"/></c> as the process runs when its standard output is a pipe
    /// or a file (tables as TSV, 160 columns for the rest): what <see cref="ParleyProcess"/> sees.
    /// </summary>
    public static CliResult RunPiped(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 160;
        using var error = new StringWriter();
        var exitCode = ParleyApp.Run(args, console, error, outputIsPiped: true);
        return new CliResult(exitCode, console.Output, error.ToString());
    }
}
