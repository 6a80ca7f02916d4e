using Parley.Domain;

namespace Parley.Cli.Infrastructure;

/// <summary>How a <see cref="DataDirectory"/> was found.</summary>
public enum DataDirectorySource
{
    /// <summary>Given explicitly (the <c>--data DIR</c> option).</summary>
    Explicit,

    /// <summary>From the <c>PARLEY_DATA</c> environment variable.</summary>
    Environment,

    /// <summary>Found as <c>shared/&lt;subfolder&gt;</c> beside an ancestor of the working or program directory.</summary>
    Ancestor,
}

/// <summary>
/// Locates the folder holding third-party data files, which Parley never ships: an explicit
/// directory (<c>--data DIR</c>) wins, then the <c>PARLEY_DATA</c> environment variable, then the
/// first ancestor of the current directory or of the program's directory that contains
/// <c>shared/&lt;subfolder&gt;</c> (a development checkout beside <c>../shared</c>). The default
/// subfolder is <c>datasets</c> (conflict datasets); other features pass their own (e.g. <c>data</c>).
/// </summary>
/// <param name="Path">Full path of the directory.</param>
/// <param name="Source">How it was found.</param>
public sealed record DataDirectory(string Path, DataDirectorySource Source)
{
    /// <summary>The environment variable consulted when no explicit directory is given.</summary>
    public const string EnvironmentVariable = "PARLEY_DATA";

    /// <summary>The default subfolder of <c>shared/</c>: the conflict datasets.</summary>
    public const string DefaultSubfolder = "datasets";

    /// <summary>
    /// Locates the directory from the real environment: <paramref name="explicitPath"/>, else
    /// <c>PARLEY_DATA</c>, else an ancestor of the current directory or
    /// <see cref="AppContext.BaseDirectory"/>. <paramref name="downloadHint"/> ends the error
    /// message when nothing is found (where users get the files).
    /// </summary>
    public static DataDirectory Locate(string? explicitPath = null, string subfolder = DefaultSubfolder, string? downloadHint = null) =>
        Locate(explicitPath, subfolder, downloadHint, System.Environment.GetEnvironmentVariable,
            [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);

    /// <summary>
    /// Locates the directory with an injected environment lookup and search roots (for tests and
    /// hosts with their own configuration). Throws <see cref="InputException"/> with a one-line
    /// message saying how to point Parley at the files when nothing is found or a given directory
    /// does not exist.
    /// </summary>
    public static DataDirectory Locate(
        string? explicitPath,
        string subfolder,
        string? downloadHint,
        Func<string, string?> environment,
        IEnumerable<string> searchRoots)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subfolder);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(searchRoots);
        var hint = string.IsNullOrWhiteSpace(downloadHint) ? DefaultHint(subfolder) : downloadHint;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Existing(explicitPath, DataDirectorySource.Explicit, "--data", hint);
        }
        var fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Existing(fromEnvironment, DataDirectorySource.Environment, EnvironmentVariable, hint);
        }
        foreach (var root in searchRoots)
        {
            if (FindInAncestors(root, subfolder) is { } found)
            {
                return new DataDirectory(found, DataDirectorySource.Ancestor);
            }
        }
        throw new InputException($"shared/{subfolder}", null, null,
            $"no data directory found: pass --data DIR or set {EnvironmentVariable}=DIR to the folder holding the files; {hint}");
    }

    /// <summary>The first <c>shared/&lt;subfolder&gt;</c> directory beside <paramref name="start"/> or one of its ancestors.</summary>
    public static string? FindInAncestors(string start, string subfolder)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(subfolder);
        if (string.IsNullOrWhiteSpace(start))
        {
            return null;
        }
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", subfolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static DataDirectory Existing(string path, DataDirectorySource source, string from, string hint)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new InputException(path, null, null, $"the data directory given by {from} does not exist: fix the path; {hint}");
        }
        return new DataDirectory(full, source);
    }

    private static string DefaultHint(string subfolder) => subfolder == DefaultSubfolder
        ? "download the datasets from their producers (`parley data sources` lists where)"
        : "see the project README for where to get the files";
}
