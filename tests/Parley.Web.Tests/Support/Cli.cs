using Parley.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Parley.Web.Tests.Support;

/// <summary>Runs <c>parley</c> in this process (as the CLI tests do) to compare the web answers with the command line's.</summary>
internal static class ParleyCli
{
    /// <summary>Standard output of <c>parley <paramref name="args"/></c>; fails on a non-zero exit code.</summary>
    public static string Output(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"parley {string.Join(' ', args)} exited {code}: {error}");
        return output;
    }

    /// <summary>Exit code, standard output and standard error of <c>parley <paramref name="args"/></c>.</summary>
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var console = new TestConsole();
        using var error = new StringWriter();
        var code = ParleyApp.Run(args, console, error);
        return (code, console.Output, error.ToString());
    }
}
