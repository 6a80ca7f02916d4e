using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Parley.Data.Csv;
using Parley.Formats;
using Parley.Domain;

namespace Parley.Tests.Data.Csv;

public sealed class CsvReaderTests
{
    private static List<string[]> ReadAll(string text)
    {
        using var reader = new CsvReader(new StringReader(text), "test.csv");
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return rows;
    }

    [Fact]
    public void Reads_quoted_commas_doubled_quotes_and_multi_line_fields()
    {
        var text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line 1\nline 2\"\r\n1,,3\n";
        var rows = ReadAll(text);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["a", "b", "c"], rows[0]);
        Assert.Equal(["x, y", "say \"hi\"", "line 1\nline 2"], rows[1]);
        Assert.Equal(["1", "", "3"], rows[2]);
    }

    [Fact]
    public void Accepts_lf_crlf_and_cr_record_ends_and_a_missing_final_newline()
    {
        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], ReadAll("a,b\nc,d\r\ne,f\rg,h"));
    }

    [Fact]
    public void Skips_empty_lines_but_keeps_a_line_of_empty_fields()
    {
        var rows = ReadAll("a,b\n\n\n,\n\"\"\n");
        Assert.Equal([["a", "b"], ["", ""], [""]], rows);
    }

    [Fact]
    public void Skips_empty_crlf_lines_and_counts_them()
    {
        using var reader = new CsvReader(new StringReader("a,b\r\n\r\n\r\n1,2\r\n"), "t.csv");
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal(4, reader.Line);
        Assert.Equal("2", reader.GetString(1));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Reports_the_line_each_record_starts_on_across_multi_line_fields()
    {
        using var reader = new CsvReader(new StringReader("h\n\"a\nb\nc\"\nnext\n"), "t.csv");
        var lines = new List<int>();
        while (reader.Read())
        {
            lines.Add(reader.Line);
        }
        // Header on line 1; the quoted field spans lines 2-4; "next" is on line 5.
        Assert.Equal([1, 2, 5], lines);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_naming_file_line_and_field()
    {
        var ex = Assert.Throws<InputException>(() => ReadAll("a,b\n1,\"open\n"));
        Assert.Equal("test.csv", ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var ex = Assert.Throws<InputException>(() => ReadAll("\"ab\"c,d\n"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(1, ex.Column);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var ex = Assert.Throws<InputException>(() => ReadAll("a,b\"c\n"));
        Assert.Equal(2, ex.Column);
        Assert.Contains("unquoted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_records_grow_the_buffers()
    {
        var wide = string.Join(",", Enumerable.Range(0, 500).Select(i => "\"" + new string('x', i % 40) + "\"\"\""));
        var rows = ReadAll(wide + "\n" + wide + "\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(500, rows[1].Length);
        Assert.Equal(new string('x', 39) + "\"", rows[1][39]);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Fields_written_with_rfc4180_quoting_read_back_unchanged(NonEmptyArray<NonNull<string>>[] records)
    {
        // Any text, including commas, quotes and CR/LF line breaks, survives quoting + reading. Records whose
        // only field is empty are skipped as blank lines, so every record gets a non-empty sentinel field.
        var expected = records.Select(r => r.Get.Select(f => f.Get).Append("end").ToArray()).ToList();
        var text = new StringBuilder();
        foreach (var record in expected)
        {
            text.AppendJoin(',', record.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append("\r\n");
        }
        var read = ReadAll(text.ToString());
        return (read.Count == expected.Count && read.Zip(expected).All(p => p.First.SequenceEqual(p.Second))).ToProperty();
    }
}
