using Parley.Data.Csv;
using Parley.Domain;

namespace Parley.Data.Datasets;

/// <summary>Opens a catalogued dataset file under a data directory, with a helpful error when it is absent.</summary>
public static class DatasetFile
{
    /// <summary>
    /// The setting a missing-file message names (through <see cref="SettingMessage"/>) for the folder
    /// the host gives the library: hosts spell it their own way (the CLI adds its option and variable).
    /// </summary>
    public const string DataDirectorySetting = "data directory";

    /// <summary>
    /// Opens <paramref name="info"/>'s file under <paramref name="dataDirectory"/>. A missing file
    /// is an <see cref="InputException"/> that says where to download it and where to put it.
    /// </summary>
    public static CsvFile Open(DatasetInfo info, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(info);
        var path = info.PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, name =>
                $"{info.Title} v{info.Version} not found: download {info.FileName} from {info.DownloadUrl} into {info.Folder}/ "
                + $"under the {name(DataDirectorySetting)}");
        }
        return CsvFile.Open(path, info.Encoding);
    }
}
