namespace Parley.Data.Datasets;

/// <summary>
/// Something a loader did to the data that a user should know: a documented repair of a malformed
/// record, or records left out of an analysis and why.
/// </summary>
/// <param name="DatasetId">The dataset concerned.</param>
/// <param name="Line">1-based line in the file, when the note is about one record.</param>
/// <param name="Text">What was done, in one line.</param>
public sealed record DataNote(string DatasetId, int? Line, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } l ? $"{DatasetId}:{l}: {Text}" : $"{DatasetId}: {Text}";
}
