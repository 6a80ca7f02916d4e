using System.Globalization;
using Parley.Formats.Csv;

namespace Parley.Reports.Csv;

/// <summary>A tidy table for one CSV file: a header row and rows of the same width (RFC 4180 quoting).</summary>
public sealed class CsvTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <param name="fileName">The file name (e.g. "endings.csv").</param>
    /// <param name="description">One line saying what a row is, shown in the report's data list.</param>
    /// <param name="header">Column names (snake_case).</param>
    public CsvTable(string fileName, string description, params string[] header)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length == 0)
        {
            throw new ArgumentException("a CSV table needs at least one column", nameof(header));
        }
        FileName = fileName;
        Description = description;
        Header = header;
    }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>What a row is.</summary>
    public string Description { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows, as text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Adds a row: strings as they are, numbers in invariant round-trip form, null as an empty cell.</summary>
    public void Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Header.Count)
        {
            throw new ArgumentException($"{FileName}: a row has {cells.Length} cells for {Header.Count} columns", nameof(cells));
        }
        _rows.Add([.. cells.Select(Cell)]);
    }

    /// <summary>The CSV text, with a header row and LF line ends.</summary>
    public string ToCsv() => CsvWriter.ToText([Header, .. _rows]);

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
