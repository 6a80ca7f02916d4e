using System.Text;
using Parley.Data.Csv;
using Parley.Formats;
using Parley.Domain;

namespace Parley.Tests.Data.Csv;

public sealed class CsvFileTests
{
    private static CsvFile Open(string text, TextEncoding encoding = TextEncoding.Utf8) =>
        CsvFile.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "f.csv", encoding);

    [Fact]
    public void Header_names_are_trimmed_and_looked_up()
    {
        using var csv = Open("\uFEFFid, ref ,return \n1,2,3\n");
        Assert.Equal(["id", "ref", "return"], csv.Header);
        Assert.True(csv.Read());
        Assert.Equal(2, csv.GetInt32(csv.Column("ref"), MissingValues.BlankOnly));
    }

    [Fact]
    public void A_missing_column_names_the_file_and_the_column()
    {
        using var csv = Open("a,b\n1,2\n");
        var ex = Assert.Throws<InputException>(() => csv.Column("Outcome"));
        Assert.Equal("f.csv", ex.File);
        Assert.Contains("missing column 'Outcome'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_value_codes_read_as_null()
    {
        using var csv = Open("x,y,z,w\n-8,-9,,.\n");
        var missing = new MissingValues("-8", "-9", ".");
        Assert.True(csv.Read());
        foreach (var name in new[] { "x", "y", "z", "w" })
        {
            Assert.Null(csv.GetInt32(csv.Column(name), missing));
        }
    }

    [Fact]
    public void Missing_codes_are_per_dataset_999_included()
    {
        using var csv = Open("x\n999\n");
        Assert.True(csv.Read());
        Assert.Equal(999, csv.GetInt32(csv.Column("x"), MissingValues.BlankOnly));
        Assert.Null(csv.GetInt32(csv.Column("x"), new MissingValues("999")));
    }

    [Fact]
    public void Grouping_commas_are_read_only_when_allowed()
    {
        using var csv = Open("deaths\n\"2,100\"\n");
        Assert.True(csv.Read());
        var column = csv.Column("deaths");
        Assert.Equal(2100, csv.GetInt32(column, MissingValues.BlankOnly, allowThousands: true));
        Assert.Throws<InputException>(() => csv.GetInt32(column, MissingValues.BlankOnly));
    }

    [Fact]
    public void A_value_that_is_not_a_number_names_line_and_column()
    {
        using var csv = Open("a,b\n1,2\n3,x\n");
        csv.Read();
        csv.Read();
        var ex = Assert.Throws<InputException>(() => csv.GetInt32(csv.Column("b"), MissingValues.BlankOnly));
        Assert.Equal(3, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.Contains("column 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_code_names_line_column_and_the_codes_expected()
    {
        using var csv = Open("Outcome\n9\n");
        csv.Read();
        var ex = Assert.Throws<InputException>(() => csv.GetCode(csv.Column("Outcome"), MissingValues.BlankOnly, [1, 2, 3]));
        Assert.Equal("f.csv:2:1: column 'Outcome': unexpected code 9 (expected one of 1, 2, 3)", ex.Message);
    }

    [Fact]
    public void A_record_with_the_wrong_number_of_fields_is_an_error()
    {
        using var csv = Open("a,b\n1,2,3\n");
        var ex = Assert.Throws<InputException>(() => csv.Read());
        Assert.Equal(2, ex.Line);
        Assert.Contains("3 fields but the header has 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_bytes_decode_one_to_one()
    {
        // 0xE9 is 'é' in ISO-8859-1 (the COW files); it is not valid UTF-8 on its own.
        var bytes = Encoding.ASCII.GetBytes("name\nMan").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" Junta\n")).ToArray();
        using var csv = CsvFile.FromStream(new MemoryStream(bytes), "cow.csv", TextEncoding.Latin1);
        csv.Read();
        Assert.Equal("Mané Junta", csv.GetString(csv.Column("name"), MissingValues.BlankOnly));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_suggesting_latin1()
    {
        var bytes = Encoding.ASCII.GetBytes("name\nMan").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" Junta\n")).ToArray();
        var ex = Assert.Throws<InputException>(() =>
        {
            using var csv = CsvFile.FromStream(new MemoryStream(bytes), "cow.csv", TextEncoding.Utf8);
            while (csv.Read())
            {
            }
        });
        Assert.Contains("latin-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        var ex = Assert.Throws<InputException>(() => CsvFile.Open(path, TextEncoding.Utf8));
        Assert.Equal(path, ex.File);
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_needs_a_header()
    {
        var ex = Assert.Throws<InputException>(() => Open(""));
        Assert.Contains("header", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_file_names_the_file_the_line_and_the_field()
    {
        // Record 3 starts on line 4 (record 2 holds a line break); its second field has text after the closing quote.
        var ex = Assert.Throws<InputException>(() =>
        {
            using var csv = Open("id,name\n1,\"two\nlines\"\n2,\"Gaza\" Strip\n");
            while (csv.Read())
            {
            }
        });
        Assert.Equal("f.csv", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.Equal("f.csv:4:2: unexpected ' ' after a closing quote: double quotes inside a quoted field", ex.Message);
    }

    [Fact]
    public void Quoted_fields_with_delimiters_quotes_and_line_breaks_read_in_latin1_and_utf8()
    {
        var text = "name,note\r\n\"Man\u00e9, Junta\",\"said \"\"oui\"\"\r\nthen left\"\r\n";
        foreach (var (encoding, bytes) in new[]
        {
            (TextEncoding.Latin1, Encoding.Latin1.GetBytes(text)),
            (TextEncoding.Utf8, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()),
        })
        {
            using var csv = CsvFile.FromStream(new MemoryStream(bytes), "q.csv", encoding);
            Assert.Equal(["name", "note"], csv.Header);
            Assert.True(csv.Read());
            Assert.Equal("Man\u00e9, Junta", csv.GetText(csv.Column("name")));
            Assert.Equal("said \"oui\"\r\nthen left", csv.GetText(csv.Column("note")));
            Assert.False(csv.Read());
        }
    }
}
