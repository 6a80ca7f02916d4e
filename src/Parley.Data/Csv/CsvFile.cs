using System.Globalization;
using System.Text;
using Parley.Domain;

namespace Parley.Data.Csv;

/// <summary>
/// A CSV file with a header record, read record by record: look columns up by name once, then read
/// typed values from each record. Every problem (missing file, missing column, a value that is not
/// a number, an unexpected code, bytes that are not valid in the file's encoding) is an
/// <see cref="InputException"/> naming the file, the line and the column.
/// </summary>
public sealed class CsvFile : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private CsvFile(CsvReader reader, string path)
    {
        _reader = reader;
        Path = path;
        try
        {
            if (!_reader.Read())
            {
                throw new InputException(path, 1, null, "the file is empty: it needs a header row");
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw EncodingError(path, 1, ex);
        }
        var header = new string[_reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = _reader[i].Trim().ToString();
            // The first name wins when a header repeats a name.
            _columns.TryAdd(header[i], i);
        }
        Header = header;
    }

    /// <summary>The file path, as given.</summary>
    public string Path { get; }

    /// <summary>The header names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>1-based line on which the current record starts.</summary>
    public int Line => _reader.Line;

    /// <summary>Number of data records read so far.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    public static CsvFile Open(string path, TextEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "file not found: check the path");
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return FromStream(stream, path, encoding);
    }

    /// <summary>Reads CSV from <paramref name="stream"/>, naming it <paramref name="path"/> in errors.</summary>
    public static CsvFile FromStream(Stream stream, string path, TextEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var decoder = encoding switch
        {
            TextEncoding.Latin1 => Encoding.Latin1,
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        };
        var text = new StreamReader(stream, decoder, detectEncodingFromByteOrderMarks: encoding == TextEncoding.Utf8, 1 << 16);
        CsvReader reader;
        try
        {
            // Sep reads the first block of text as it opens.
            reader = new CsvReader(text, path);
        }
        catch (DecoderFallbackException ex)
        {
            text.Dispose();
            throw EncodingError(path, 1, ex);
        }
        return new CsvFile(reader, path);
    }

    /// <summary>The column named <paramref name="name"/>; a missing column is an error naming the file.</summary>
    public CsvColumn Column(string name) =>
        TryColumn(name) ?? throw new InputException(Path, 1, null,
            $"missing column '{name}': the header must name it (is this the right file and version?)");

    /// <summary>The column named <paramref name="name"/>, or null when the header lacks it.</summary>
    public CsvColumn? TryColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _columns.TryGetValue(name, out var index) ? new CsvColumn(name, index) : null;
    }

    /// <summary>Advances to the next data record; false at the end of the file.</summary>
    public bool Read()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (DecoderFallbackException ex)
        {
            throw EncodingError(Path, _reader.Line, ex);
        }
        if (!more)
        {
            return false;
        }
        if (_reader.FieldCount != Header.Count)
        {
            throw new InputException(Path, _reader.Line, null,
                $"the record has {_reader.FieldCount} fields but the header has {Header.Count}: check quoting and delimiters");
        }
        RecordCount++;
        return true;
    }

    /// <summary>The raw text of <paramref name="column"/> in the current record.</summary>
    public ReadOnlySpan<char> Raw(CsvColumn column) => _reader[column.Index];

    /// <summary>The trimmed text of <paramref name="column"/>, or null when it is missing.</summary>
    public string? GetString(CsvColumn column, MissingValues missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var raw = _reader[column.Index];
        return missing.IsMissing(raw) ? null : raw.Trim().ToString();
    }

    /// <summary>The text of <paramref name="column"/> exactly as stored (quotes removed), blank as "".</summary>
    public string GetText(CsvColumn column) => _reader.GetString(column.Index);

    /// <summary>
    /// <paramref name="column"/> as an integer, null when missing. With
    /// <paramref name="allowThousands"/> a grouping comma is accepted ("2,100").
    /// </summary>
    public int? GetInt32(CsvColumn column, MissingValues missing, bool allowThousands = false)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var raw = _reader[column.Index];
        if (missing.IsMissing(raw))
        {
            return null;
        }
        var style = allowThousands ? NumberStyles.Integer | NumberStyles.AllowThousands : NumberStyles.Integer;
        if (int.TryParse(raw.Trim(), style, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw Error(column, $"'{raw.Trim()}' is not a whole number (missing values are {missing})");
    }

    /// <summary><paramref name="column"/> as an integer that must be present.</summary>
    public int GetRequiredInt32(CsvColumn column, MissingValues missing) =>
        GetInt32(column, missing) ?? throw Error(column, "a value is required here, found a missing-value code or blank");

    /// <summary><paramref name="column"/> as a number, null when missing.</summary>
    public double? GetDouble(CsvColumn column, MissingValues missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var raw = _reader[column.Index];
        if (missing.IsMissing(raw))
        {
            return null;
        }
        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw Error(column, $"'{raw.Trim()}' is not a number (missing values are {missing})");
    }

    /// <summary>
    /// <paramref name="column"/> as an integer code that must be one of <paramref name="allowed"/>
    /// (or missing, which gives null); any other code is an error naming file, line and column.
    /// </summary>
    public int? GetCode(CsvColumn column, MissingValues missing, ReadOnlySpan<int> allowed)
    {
        var value = GetInt32(column, missing);
        if (value is { } v && !allowed.Contains(v))
        {
            throw Error(column, $"unexpected code {v} (expected one of {string.Join(", ", allowed.ToArray())})");
        }
        return value;
    }

    /// <summary>An <see cref="InputException"/> at the current record and <paramref name="column"/>.</summary>
    public InputException Error(CsvColumn column, string problem) =>
        new(Path, _reader.Line, column.Index + 1, $"column '{column.Name}': {problem}");

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private static InputException EncodingError(string path, int line, DecoderFallbackException ex) =>
        new(path, null, null,
            $"bytes that are not valid UTF-8 (around line {line}): is the file latin-1? convert it or check the dataset version", ex);
}
