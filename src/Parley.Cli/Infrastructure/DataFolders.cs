namespace Parley.Cli.Infrastructure;

/// <summary>
/// The data folders a command uses, found as the CLI documents: the option when given (an error if
/// it does not exist), else <c>PARLEY_DATA</c>, else the first <c>shared/...</c> folder above the
/// working directory or the tool. Null when none is found and none was asked for.
/// </summary>
internal static class DataFolders
{
    /// <summary>The conflict datasets folder (<c>--data</c>), or null with the reason none was found (as <see cref="DataDirectory.Locate(string?, string, string?)"/> words it).</summary>
    public static (string? Path, string? WhyMissing) Datasets(string? option)
    {
        try
        {
            return (DataDirectory.Locate(option).Path, null);
        }
        catch (Domain.InputException ex) when (option is null)
        {
            return (null, ex.Problem);
        }
    }

    /// <summary>The detailed geo data folder (<c>--geo-data</c>), or null.</summary>
    public static string? Geo(string? option) => GeoDataDirectory.ResolveDefault(option);
}
