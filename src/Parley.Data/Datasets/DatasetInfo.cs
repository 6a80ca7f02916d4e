using Parley.Data.Csv;

namespace Parley.Data.Datasets;

/// <summary>
/// What Parley knows about one third-party dataset: who produces it, how to cite it, which version
/// the loader reads, where users download it, and where it sits under the data directory. Parley
/// never ships these files; users download them from the producers.
/// </summary>
/// <param name="Id">Short name used on the command line and in scenarios (e.g. <c>eth-prio</c>).</param>
/// <param name="Title">Full dataset name.</param>
/// <param name="Producer">Who produces and maintains it.</param>
/// <param name="Citation">The publication to cite.</param>
/// <param name="Version">The version the loader was written against.</param>
/// <param name="DownloadUrl">Where a user downloads it.</param>
/// <param name="Folder">Folder under the data directory.</param>
/// <param name="FileName">File name inside <paramref name="Folder"/>.</param>
/// <param name="Encoding">How the file's bytes are decoded.</param>
/// <param name="Unit">What one row is.</param>
/// <param name="Licence">Licence or terms of use, as far as known.</param>
public sealed record DatasetInfo(
    string Id,
    string Title,
    string Producer,
    string Citation,
    string Version,
    string DownloadUrl,
    string Folder,
    string FileName,
    TextEncoding Encoding,
    string Unit,
    string Licence)
{
    /// <summary>The file's full path under <paramref name="dataDirectory"/>.</summary>
    public string PathIn(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return Path.Combine(dataDirectory, Folder, FileName);
    }
}
