using System.Buffers;
using Parley.Domain;

namespace Parley.Data.Csv;

/// <summary>
/// A streaming RFC 4180 CSV reader: fields separated by a delimiter, records by CRLF, LF or CR;
/// a field may be quoted, and a quoted field may hold delimiters, line breaks and doubled quotes
/// (<c>""</c> reads as one <c>"</c>). Lines that are entirely empty are skipped. The current record's
/// fields are exposed as spans into one reused buffer, so reading allocates nothing per record once
/// the buffers have grown to the longest record. Malformed quoting throws
/// <see cref="InputException"/> naming the file, line and field position.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly SearchValues<char> _plainStops;
    private readonly char _delimiter;
    private readonly char[] _buffer;
    private int _position;
    private int _length;
    private bool _endOfInput;
    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private int _fieldCount;
    private int _line = 1;

    /// <summary>Reads CSV from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    public CsvReader(TextReader reader, string file, char delimiter = ',', int bufferSize = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("the delimiter cannot be a quote or a line break", nameof(delimiter));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 16);
        _reader = reader;
        File = file;
        _delimiter = delimiter;
        _plainStops = SearchValues.Create(new[] { delimiter, '"', '\r', '\n' });
        _buffer = new char[bufferSize];
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
            return _record.AsSpan(_starts[index], _ends[index] - _starts[index]);
        }
    }

    /// <summary>Field <paramref name="index"/> of the current record as a new string.</summary>
    public string GetString(int index) => new(this[index]);

    /// <summary>Advances to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!EnsureData())
            {
                return false;
            }
            Line = _line;
            _recordLength = 0;
            _fieldCount = 0;
            var sawContent = ReadRecord();
            if (sawContent)
            {
                return true;
            }
            // An entirely empty line: skip it.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    // Reads one record into the buffers; returns false if the line was empty (no characters at all).
    private bool ReadRecord()
    {
        var fieldStart = _recordLength;
        var atFieldStart = true;
        var anyCharacter = false;
        while (true)
        {
            if (!EnsureData())
            {
                EndField(fieldStart);
                return anyCharacter || _fieldCount > 1;
            }
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(_plainStops);
            if (stop < 0)
            {
                Append(span);
                _position = _length;
                anyCharacter = true;
                atFieldStart = false;
                continue;
            }
            if (stop > 0)
            {
                Append(span[..stop]);
                anyCharacter = true;
                atFieldStart = false;
            }
            var c = span[stop];
            _position += stop + 1;
            if (c == _delimiter)
            {
                EndField(fieldStart);
                fieldStart = _recordLength;
                atFieldStart = true;
                anyCharacter = true;
            }
            else if (c == '"')
            {
                if (!atFieldStart)
                {
                    throw new InputException(File, _line, _fieldCount + 1,
                        "a quote inside an unquoted field: quote the whole field and double the inner quote");
                }
                anyCharacter = true;
                atFieldStart = false;
                ReadQuoted();
            }
            else
            {
                // '\r' or '\n' ends the record.
                ConsumeLineBreak(c);
                EndField(fieldStart);
                return anyCharacter || _fieldCount > 1;
            }
        }
    }

    // Called just after an opening quote; reads to the closing quote and checks what follows it.
    private void ReadQuoted()
    {
        var startLine = _line;
        var field = _fieldCount + 1;
        while (true)
        {
            if (!EnsureData())
            {
                throw new InputException(File, startLine, field, "a quoted field is never closed: add the closing quote");
            }
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(QuotedStops);
            if (stop < 0)
            {
                Append(span);
                _position = _length;
                continue;
            }
            Append(span[..stop]);
            var c = span[stop];
            _position += stop + 1;
            if (c == '"')
            {
                if (EnsureData() && _buffer[_position] == '"')
                {
                    Append("\"");
                    _position++;
                    continue;
                }
                // Closing quote: only a delimiter, a line break or the end may follow.
                if (EnsureData())
                {
                    var next = _buffer[_position];
                    if (next != _delimiter && next != '\r' && next != '\n')
                    {
                        throw new InputException(File, _line, field,
                            $"unexpected '{next}' after a closing quote: double quotes inside a quoted field");
                    }
                }
                return;
            }
            // A line break inside a quoted field is part of the field.
            if (c == '\r' && EnsureData() && _buffer[_position] == '\n')
            {
                _position++;
                Append("\r\n");
            }
            else
            {
                Append(c == '\r' ? "\r" : "\n");
            }
            _line++;
        }
    }

    private void ConsumeLineBreak(char c)
    {
        if (c == '\r' && EnsureData() && _buffer[_position] == '\n')
        {
            _position++;
        }
        _line++;
    }

    private bool EnsureData()
    {
        if (_position < _length)
        {
            return true;
        }
        if (_endOfInput)
        {
            return false;
        }
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length == 0)
        {
            _endOfInput = true;
            return false;
        }
        return true;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + text.Length));
        }
        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private void EndField(int start)
    {
        if (_fieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
        }
        _starts[_fieldCount] = start;
        _ends[_fieldCount] = _recordLength;
        _fieldCount++;
    }
}
