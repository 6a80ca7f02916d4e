using System.Diagnostics;

namespace Parley.Store.Tests;

/// <summary>The built <c>parley</c> tool as a separate process: what the resume tests kill.</summary>
internal static class ParleyProcess
{
    public static Process Start(string workingDirectory, params string[] args)
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
        info.Environment.Remove("PARLEY_STORE");
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Runs to the end; the exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("parley " + string.Join(' ', args) + " did not finish in 300 s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
