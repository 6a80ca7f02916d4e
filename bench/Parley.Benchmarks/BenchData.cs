namespace Parley.Benchmarks;

/// <summary>Finds ../shared/datasets beside the checkout (or PARLEY_DATA) for the data benchmarks.</summary>
internal static class BenchData
{
    /// <summary>The datasets folder.</summary>
    public static string Datasets { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_DATA") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "datasets");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("shared/datasets not found: set PARLEY_DATA to the datasets folder");
    }
}
