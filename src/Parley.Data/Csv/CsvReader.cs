using nietras.SeparatedValues;
using Parley.Domain;

namespace Parley.Data.Csv;

/// <summary>
/// The CSV reader of the codebase: RFC 4180 records read by Sep (fields separated by a delimiter,
/// records by CRLF, LF or CR; a quoted field may hold delimiters, line breaks and doubled quotes,
/// <c>""</c> reading as one <c>"</c>). Lines that are entirely empty are skipped. Sep accepts malformed
/// quoting silently, so each record's quoted fields are checked here: an unclosed quote, text after a
/// closing quote or a quote inside an unquoted field throws <see cref="InputException"/> naming the
/// file, the line the record starts on and the field position. Fields are spans into Sep's buffer
/// (or, for the rare quoted field, into one reused buffer), valid until the next <see cref="Read"/>.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly SepReader _sep;
    private char[] _unquoted = new char[256];
    private int _unquotedLength;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private bool _anyQuoted;
    private int _fieldCount;
    private int _nextLine = 1;

    /// <summary>Reads CSV from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    public CsvReader(TextReader reader, string file, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("the delimiter cannot be a quote or a line break", nameof(delimiter));
        }
        File = file;
        _sep = Sep.Reader(o => o with
        {
            Sep = new Sep(delimiter),
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = false,
        }).From(reader);
    }

    /// <summary>The file name used in error messages.</summary>
    public string File { get; }

    /// <summary>1-based line on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The text of field <paramref name="index"/> of the current record (quotes removed).</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_fieldCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index), $"the record has {_fieldCount} fields");
            }
            return _anyQuoted && _starts[index] >= 0
                ? _unquoted.AsSpan(_starts[index], _lengths[index])
                : _sep.Current[index].Span;
        }
    }

    /// <summary>Field <paramref name="index"/> of the current record as a new string.</summary>
    public string GetString(int index) => new(this[index]);

    /// <summary>Advances to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        while (_sep.MoveNext())
        {
            var row = _sep.Current;
            Line = _nextLine;
            _nextLine = row.LineNumberToExcl;
            if (row.Span.IsEmpty)
            {
                // An entirely empty line: skip it.
                continue;
            }
            _fieldCount = row.ColCount;
            _anyQuoted = row.Span.Contains('"');
            if (_anyQuoted)
            {
                Unquote(row);
            }
            return true;
        }
        _fieldCount = 0;
        return false;
    }

    /// <inheritdoc />
    public void Dispose() => _sep.Dispose();

    // Checks the quoting of every field of a record that holds a quote, and unescapes the quoted ones.
    private void Unquote(SepReader.Row row)
    {
        if (_starts.Length < _fieldCount)
        {
            _starts = new int[Math.Max(_fieldCount, _starts.Length * 2)];
            _lengths = new int[_starts.Length];
        }
        _unquotedLength = 0;
        for (var i = 0; i < _fieldCount; i++)
        {
            var raw = row[i].Span;
            _starts[i] = -1;
            if (raw.IsEmpty || raw[0] != '"')
            {
                if (raw.Contains('"'))
                {
                    throw new InputException(File, Line, i + 1,
                        "a quote inside an unquoted field: quote the whole field and double the inner quote");
                }
                continue;
            }
            if (_unquoted.Length < _unquotedLength + raw.Length)
            {
                Array.Resize(ref _unquoted, Math.Max(_unquoted.Length * 2, _unquotedLength + raw.Length));
            }
            _starts[i] = _unquotedLength;
            var closed = false;
            for (var k = 1; k < raw.Length; k++)
            {
                var c = raw[k];
                if (c != '"')
                {
                    _unquoted[_unquotedLength++] = c;
                    continue;
                }
                if (k + 1 < raw.Length && raw[k + 1] == '"')
                {
                    _unquoted[_unquotedLength++] = '"';
                    k++;
                    continue;
                }
                if (k + 1 < raw.Length)
                {
                    throw new InputException(File, Line, i + 1,
                        $"unexpected '{raw[k + 1]}' after a closing quote: double quotes inside a quoted field");
                }
                closed = true;
            }
            if (!closed)
            {
                throw new InputException(File, Line, i + 1, "a quoted field is never closed: add the closing quote");
            }
            _lengths[i] = _unquotedLength - _starts[i];
        }
    }
}
