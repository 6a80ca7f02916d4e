namespace Parley.Cli.Infrastructure;

/// <summary>
/// Checks where a command will write before it computes anything, so that a wrong <c>--out</c> is a
/// one-line error at once rather than a crash after the work: a folder that is a file, a file that is
/// a folder, a parent folder that is missing or a file, a place this user may not write.
/// </summary>
public static class OutputPaths
{
    /// <summary>Checks that <paramref name="path"/> (given as <paramref name="option"/>) can be a folder written into.</summary>
    public static void CheckFolder(string path, string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new CliException($"{option} {path}: this is a file; give a folder for the report (it is created if missing)");
        }
        var existing = NearestExisting(full, option, path);
        CheckWritable(existing, option, path);
    }

    /// <summary>Checks that <paramref name="path"/> (given as <paramref name="option"/>) can be written as a file.</summary>
    public static void CheckFile(string path, string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException($"{option} {path}: this is a folder; give a file name");
        }
        var parent = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(parent))
        {
            throw new CliException($"{option} {path}: the folder {parent} does not exist; create it first or choose another place");
        }
        if (File.Exists(full) && new FileInfo(full).IsReadOnly)
        {
            throw new CliException($"{option} {path}: the file exists and is read-only; choose another name or make it writable");
        }
        CheckWritable(parent, option, path);
    }

    private static string NearestExisting(string full, string option, string given)
    {
        var current = full;
        while (!Directory.Exists(current))
        {
            if (File.Exists(current))
            {
                throw new CliException($"{option} {given}: {current} is a file, so no folder can be made under it; choose another place");
            }
            current = Path.GetDirectoryName(current) ?? throw new CliException($"{option} {given}: no part of this path exists; choose another place");
        }
        return current;
    }

    private static void CheckWritable(string folder, string option, string given)
    {
        var probe = Path.Combine(folder, $".parley-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.TrimEnd('.');
            throw new CliException($"{option} {given}: cannot write in {folder} ({reason}); choose another place", ex);
        }
    }
}
