using System.Diagnostics;

namespace Parley.Cli.Tests.TestSupport;

/// <summary>
/// Runs the built <c>parley</c> command as a separate process, as a user would. Only the end-to-end
/// tests use it (start-up, the working directory, exit codes, Ctrl-C); the rest run in-process through
/// <see cref="ParleyCli"/>, which is many times faster.
/// </summary>
internal static class ParleyProcess
{
    /// <summary>Runs <c>parley <paramref name="args"/></c> in the repository root.</summary>
    public static CliResult Run(params string[] args) => RunIn(TestFiles.RepoRoot, args);

    /// <summary>Runs <c>parley <paramref name="args"/></c> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("parley " + string.Join(' ', args) + " did not finish in 120 s");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// How to start <c>dotnet Parley.Cli.dll</c> with every stream redirected (standard input too, so that
    /// no terminal is reachable and the console width is the redirected default whatever runs the tests).
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }
}
