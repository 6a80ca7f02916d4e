using System.Collections.Concurrent;
using System.Security.Cryptography;
using Parley.Application;
using Parley.Domain;
using Parley.Formats.Scenario;
using Parley.ShippedScenarios;

namespace Parley.Web.Scenarios;

/// <summary>
/// The scenarios the dashboard serves: the shipped ones, the files of the configured folder (a
/// <c>NAME.yaml</c> file or a <c>NAME/scenario.yaml</c> folder; read again when the file changes) and
/// uploads parsed in memory (kept under an unguessable id, the oldest forgotten past a bound). No path
/// ever comes from a request: an id is looked up among these.
/// </summary>
public sealed class ScenarioCatalog
{
    /// <summary>Uploads kept at once.</summary>
    public const int MaxUploads = 64;

    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, (DateTime Stamp, ScenarioEntry Entry)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScenarioEntry> _shipped = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Order, ScenarioEntry Entry)> _uploads = new(StringComparer.Ordinal);
    private long _uploadCount;

    /// <summary>Serves the shipped scenarios and those in <paramref name="folder"/> (null: none).</summary>
    public ScenarioCatalog(string? folder) => _folder = folder;

    /// <summary>Every listed scenario (shipped first, then the folder's, by id; uploads are not listed).</summary>
    public IReadOnlyList<ScenarioEntry> List()
    {
        var entries = ShippedScenario.Ids.Select(Shipped).ToList();
        entries.AddRange(FolderIds().Where(id => !ShippedScenario.Contains(id)).Select(id => FromFolder(id)!).Where(e => e is not null));
        return entries;
    }

    /// <summary>The scenario with <paramref name="id"/>, or null when there is none.</summary>
    public ScenarioEntry? Find(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return null;
        }
        if (ShippedScenario.Contains(id))
        {
            return Shipped(id);
        }
        if (_uploads.TryGetValue(id, out var upload))
        {
            return upload.Entry;
        }
        return FolderIds().Contains(id, StringComparer.Ordinal) ? FromFolder(id) : null;
    }

    /// <summary>
    /// Validates an uploaded scenario (the same messages as <c>parley validate</c>) and keeps it: the
    /// entry with its new id, or the validation message.
    /// </summary>
    public (ScenarioEntry? Entry, string? Error) Upload(string fileName, string yaml)
    {
        var name = Path.GetFileName(fileName);
        try
        {
            var scenario = ScenarioReader.Parse(yaml, name);
            var id = "upload-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            var entry = new ScenarioEntry(id, null, scenario, null);
            _uploads[id] = (Interlocked.Increment(ref _uploadCount), entry);
            while (_uploads.Count > MaxUploads)
            {
                var oldest = _uploads.MinBy(kv => kv.Value.Order).Key;
                _uploads.TryRemove(oldest, out _);
            }
            return (entry, null);
        }
        catch (Exception ex) when (ex is InputException or ModelException)
        {
            return (null, ex is InputException input ? input.Message : ex.Message);
        }
    }

    private ScenarioEntry Shipped(string id) => _shipped.GetOrAdd(id, key => Read(key, ScenarioSource.Shipped(key)));

    private IEnumerable<string> FolderIds()
    {
        if (_folder is null || !Directory.Exists(_folder))
        {
            return [];
        }
        var files = Directory.EnumerateFiles(_folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f));
        var folders = Directory.EnumerateDirectories(_folder).Where(d => File.Exists(Path.Combine(d, ShippedScenario.MainFile))).Select(d => Path.GetFileName(d));
        return files.Concat(folders).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    private ScenarioEntry? FromFolder(string id)
    {
        var file = Path.Combine(_folder!, id + ".yaml");
        if (!File.Exists(file))
        {
            file = Path.Combine(_folder!, id, ShippedScenario.MainFile);
        }
        if (!File.Exists(file))
        {
            return null;
        }
        var stamp = File.GetLastWriteTimeUtc(file);
        if (_files.TryGetValue(id, out var known) && known.Stamp == stamp)
        {
            return known.Entry;
        }
        var entry = Read(id, ScenarioSource.File(file));
        _files[id] = (stamp, entry);
        return entry;
    }

    private static ScenarioEntry Read(string id, ScenarioSource source)
    {
        try
        {
            return new ScenarioEntry(id, source, source.Load(), null);
        }
        catch (Exception ex) when (ex is InputException or ModelException or IOException)
        {
            return new ScenarioEntry(id, source, null, ex.Message);
        }
    }
}
