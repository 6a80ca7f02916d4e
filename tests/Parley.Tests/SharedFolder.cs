namespace Parley.Tests;

/// <summary>
/// Finds a folder of ../shared (beside the checkout) by walking up from the test binaries; fails with a
/// message naming the missing folder, never skips.
/// </summary>
internal static class SharedFolder
{
    /// <summary>The full path of <c>shared/<paramref name="subfolder"/></c> above the test binaries.</summary>
    public static string Find(string subfolder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", subfolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"shared/{subfolder} was not found above {AppContext.BaseDirectory}: these tests read the reference data in ../shared beside the checkout");
    }
}
