namespace Parley.Data.Csv;

/// <summary>A column of a <see cref="CsvFile"/>: its header name and 0-based position.</summary>
/// <param name="Name">The header name, trimmed.</param>
/// <param name="Index">0-based position in the record.</param>
public readonly record struct CsvColumn(string Name, int Index);
