namespace Parley.Data.Datasets;

/// <summary>Collects <see cref="DataNote"/>s for one dataset while it is read.</summary>
internal sealed class DataNotes
{
    private readonly List<DataNote> _notes = [];

    /// <summary>Creates a collector for <paramref name="datasetId"/>.</summary>
    public DataNotes(string datasetId) => DatasetId = datasetId;

    /// <summary>The dataset the notes concern.</summary>
    public string DatasetId { get; }

    /// <summary>The notes so far.</summary>
    public IReadOnlyList<DataNote> Items => _notes;

    /// <summary>Adds a note about line <paramref name="line"/>.</summary>
    public void Add(int? line, string text) => _notes.Add(new DataNote(DatasetId, line, text));
}
