using System.Diagnostics;

namespace Parley.Cli.Tests.TestSupport;

/// <summary>Runs the built <c>parley</c> command as a separate process, as a user would.</summary>
internal static class ParleyProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepoRoot { get; } = FindUp("Parley.slnx");

    /// <summary>../shared beside the checkout.</summary>
    public static string Shared { get; } = Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared");

    public static Result Run(params string[] args) => RunIn(RepoRoot, args);

    public static Result RunIn(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("parley " + string.Join(' ', args) + " did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Writes <paramref name="content"/> to a fresh temporary file named <paramref name="name"/>.</summary>
    public static string TempFile(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string FindUp(string marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"no {marker} above {AppContext.BaseDirectory}");
    }
}
