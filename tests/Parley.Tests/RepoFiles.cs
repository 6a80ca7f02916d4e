namespace Parley.Tests;

/// <summary>Files of this checkout (the folder holding Parley.slnx), found by walking up from the test binaries.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"Parley.slnx was not found above {AppContext.BaseDirectory}");
    });

    /// <summary>The full path of <paramref name="parts"/> in the checkout.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>The text of the checkout's file at <paramref name="parts"/>.</summary>
    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));
}
