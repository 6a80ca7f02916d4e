namespace Parley.Cli.Infrastructure;

/// <summary>
/// Finds the directory of detailed map data (the files described in shared/data/geo/README.md). Order:
/// an explicit directory (<c>--data DIR</c>), then the <c>PARLEY_DATA</c> environment variable, then the
/// first ancestor of the working directory or of the application directory that contains
/// <c>shared/data</c>. A directory may be the data root (holding <c>geo/</c>) or the geo folder itself.
/// </summary>
public static class GeoDataDirectory
{
    /// <summary>Environment variable naming the data directory.</summary>
    public const string EnvironmentVariable = "PARLEY_DATA";

    /// <summary>The governorate boundaries file that marks a geo data folder.</summary>
    public const string MarkerFile = Parley.Geography.GeoDataset.GovernoratesFile;

    /// <summary>
    /// The geo folder to use, or null when none is available. An explicit directory that does not hold
    /// the files is an error (the user asked for it); the automatic search just returns null.
    /// </summary>
    public static string? Resolve(string? explicitDirectory, string? environmentValue, IEnumerable<string> searchStarts)
    {
        ArgumentNullException.ThrowIfNull(searchStarts);
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return GeoFolder(explicitDirectory)
                ?? throw new DirectoryNotFoundException($"no {MarkerFile} in {explicitDirectory} or {Path.Combine(explicitDirectory, "geo")}; see shared/data/geo/README.md for the files");
        }
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return GeoFolder(environmentValue)
                ?? throw new DirectoryNotFoundException($"{EnvironmentVariable}={environmentValue} holds no {MarkerFile} (nor does its geo/ folder)");
        }
        foreach (var start in searchStarts)
        {
            if (DataDirectory.FindInAncestors(start, "data") is { } candidate && GeoFolder(candidate) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Resolves with the process environment, working directory and application directory.</summary>
    public static string? ResolveDefault(string? explicitDirectory) =>
        Resolve(explicitDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable), [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);

    private static string? GeoFolder(string directory)
    {
        if (File.Exists(Path.Combine(directory, MarkerFile)))
        {
            return Path.GetFullPath(directory);
        }
        var geo = Path.Combine(directory, "geo");
        return File.Exists(Path.Combine(geo, MarkerFile)) ? Path.GetFullPath(geo) : null;
    }
}
