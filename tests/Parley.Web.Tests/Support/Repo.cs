namespace Parley.Web.Tests.Support;

/// <summary>Paths in the checkout (found from the test's folder upwards).</summary>
internal static class Repo
{
    /// <summary>The folder holding Parley.slnx.</summary>
    public static string Root { get; } = FindUp();

    /// <summary>A path under the checkout.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The shipped Gaza scenario file.</summary>
    public static string Gaza => Path("scenarios", "gaza-2025", "scenario.yaml");

    private static string FindUp()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Parley.slnx not found above the test folder");
    }
}
