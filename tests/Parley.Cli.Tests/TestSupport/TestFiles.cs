namespace Parley.Cli.Tests.TestSupport;

/// <summary>Files the tests use: the checkout, ../shared beside it, and fresh temporary folders.</summary>
internal static class TestFiles
{
    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepoRoot { get; } = FindUp("Parley.slnx");

    /// <summary>scenarios/example/scenario.yaml of the checkout.</summary>
    public static string Example => Repo("scenarios", "example", "scenario.yaml");

    /// <summary>A file or folder of the checkout, as an absolute path.</summary>
    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    /// <summary>
    /// A folder or file under ../shared beside the checkout. A test that needs it fails, naming what is
    /// missing, when it is absent: no test is skipped for want of data.
    /// </summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.Combine([Path.GetDirectoryName(RepoRoot)!, "shared", .. parts]);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new DirectoryNotFoundException($"this test needs ../shared/{string.Join('/', parts)} beside the checkout, and {path} does not exist");
        }
        return path;
    }

    /// <summary>A fresh empty temporary folder.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parley-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Writes <paramref name="content"/> to a file named <paramref name="name"/> in a fresh temporary folder.</summary>
    public static string TempFile(string name, string content)
    {
        var path = Path.Combine(TempDirectory(), name);
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
