namespace Parley.Store.Tests;

/// <summary>Files of this checkout and temporary folders.</summary>
internal static class Files
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Gaza => Path.Combine(RepoRoot, "scenarios", "gaza-2025", "scenario.yaml");

    public static string Korea => Path.Combine(RepoRoot, "scenarios", "korea-1951", "scenario.yaml");

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parley-store-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Parley.slnx not found above " + AppContext.BaseDirectory);
    }
}
