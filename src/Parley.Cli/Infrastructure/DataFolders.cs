namespace Parley.Cli.Infrastructure;

/// <summary>
/// The data folders a command uses, found as the CLI documents: the option when given (an error if
/// it does not exist), else <c>PARLEY_DATA</c>, else the first <c>shared/...</c> folder above the
/// working directory or the tool. Null when none is found and none was asked for.
/// </summary>
internal static class DataFolders
{
    /// <summary>What to do when no datasets folder is found (stated where a hazard falls back to its default).</summary>
    public const string WhyNoDatasets = "no data directory found: pass --data DIR or set " + DataDirectory.EnvironmentVariable
        + "=DIR to the folder holding the files; download the datasets from their producers (`parley data sources` lists where)";

    /// <summary>The conflict datasets folder (<c>--data</c>), or null.</summary>
    public static string? Datasets(string? option)
    {
        try
        {
            return DataDirectory.Locate(option).Path;
        }
        catch (Domain.InputException) when (option is null)
        {
            return null;
        }
    }

    /// <summary>The detailed geo data folder (<c>--geo-data</c>), or null.</summary>
    public static string? Geo(string? option) => GeoDataDirectory.ResolveDefault(option);
}
