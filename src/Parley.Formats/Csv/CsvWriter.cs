using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Parley.Formats.Csv;

/// <summary>
/// The CSV writer of the codebase (the core, which takes no packages, keeps one escaping function in
/// <c>Parley.Negotiation.Traces.TraceCsv</c>). Sep writes the records: comma-separated, a field quoted
/// only when it holds a comma, a quote, CR or LF (inner quotes doubled), every record ended by LF
/// whatever the platform, numbers in the invariant culture. The caller writes the header as the first
/// row; a record has as many fields as were set on it. Equal rows give equal bytes.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly SepWriter _sep;

    /// <summary>Writes CSV to <paramref name="writer"/>, which is left open.</summary>
    public CsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _sep = Sep.Writer(o => o with
        {
            Sep = new Sep(','),
            CultureInfo = CultureInfo.InvariantCulture,
            WriteHeader = false,
            DisableColCountCheck = true,
            // A record has the fields set on it: rows may differ in width, as in RFC 4180 text.
            ColNotSetOption = SepColNotSetOption.Skip,
            Escape = true,
        }).To(new LineFeedWriter(writer), leaveOpen: false);
    }

    /// <summary>The rows as CSV text.</summary>
    public static string ToText(IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer))
        {
            foreach (var row in rows)
            {
                csv.WriteRow(row);
            }
        }
        return text.ToString();
    }

    /// <summary>Writes one record of <paramref name="fields"/> as they are.</summary>
    public void WriteRow(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var row = _sep.NewRow();
        for (var i = 0; i < fields.Count; i++)
        {
            row[i].Set(fields[i]);
        }
    }

    /// <summary>Starts a record: set its fields in order with <see cref="Row"/>, then dispose it to end the record.</summary>
    public Row NewRow() => new(_sep.NewRow());

    /// <summary>Writes what is buffered to the underlying writer.</summary>
    public void Flush() => _sep.Flush();

    /// <inheritdoc />
    public void Dispose() => _sep.Dispose();

    /// <summary>One record being written, field by field from the first.</summary>
    public ref struct Row
    {
        private SepWriter.Row _row;
        private int _next;

        internal Row(SepWriter.Row row)
        {
            _row = row;
            _next = 0;
        }

        /// <summary>Adds a text field.</summary>
        public void Add(ReadOnlySpan<char> text) => _row[_next++].Set(text);

        /// <summary>Adds an integer in the invariant culture.</summary>
        public void Add(int value) => _row[_next++].Format(value);

        /// <summary>Adds a number in shortest round-trip form (invariant culture); NaN is an empty field.</summary>
        public void Add(double value)
        {
            if (double.IsNaN(value))
            {
                _row[_next++].Set(ReadOnlySpan<char>.Empty);
            }
            else
            {
                _row[_next++].Format(value);
            }
        }

        /// <summary>Ends the record.</summary>
        public void Dispose() => _row.Dispose();
    }

    // Sep ends a record with TextWriter.WriteLine; this forwards to the caller's writer with LF as the
    // line end, so output is the same on every platform and the caller's writer is not changed.
    private sealed class LineFeedWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public LineFeedWriter(TextWriter inner)
            : base(CultureInfo.InvariantCulture)
        {
            _inner = inner;
            NewLine = "\n";
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => _inner.Write(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => _inner.Write(buffer);

        public override void Write(string? value) => _inner.Write(value);

        public override void WriteLine() => _inner.Write('\n');

        public override void WriteLine(ReadOnlySpan<char> buffer)
        {
            _inner.Write(buffer);
            _inner.Write('\n');
        }

        public override void Flush() => _inner.Flush();

        protected override void Dispose(bool disposing)
        {
            // The caller owns the inner writer: flush it, never close it.
            if (disposing)
            {
                _inner.Flush();
            }
            base.Dispose(disposing);
        }
    }
}
