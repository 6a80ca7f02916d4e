using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Parley.Data.Csv;
using Parley.Formats.Csv;
using Parley.Negotiation.Traces;

namespace Parley.Tests.Formats.Csv;

public sealed class CsvWriterTests
{
    [Fact]
    public void Quotes_only_fields_with_a_comma_quote_or_line_break_and_ends_records_with_lf()
    {
        var text = CsvWriter.ToText(
        [
            ["plain", "a,b", "say \"no\"", "two\nlines", "cr\rhere", "", " spaced ", "semi;colon", "é"],
        ]);
        Assert.Equal("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\rhere\",, spaced ,semi;colon,é\n", text);
    }

    [Fact]
    public void Ends_records_with_lf_whatever_the_target_writers_newline()
    {
        using var target = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(target))
        {
            csv.WriteRow(["a", "b"]);
            csv.WriteRow(["1", "2"]);
        }
        Assert.Equal("a,b\n1,2\n", target.ToString());
        // The caller's writer is left open and unchanged.
        target.Write("more");
        Assert.Equal("\r\n", target.NewLine);
    }

    [Fact]
    public void Typed_fields_use_the_invariant_culture_and_shortest_round_trip_numbers()
    {
        using var target = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(target))
        {
            using var row = csv.NewRow();
            row.Add(-12345);
            row.Add(0.1 + 0.2);
            row.Add(double.NaN);
            row.Add(1e21);
            row.Add(-0.5);
            row.Add("x,y");
        }
        Assert.Equal("-12345,0.30000000000000004,,1E+21,-0.5,\"x,y\"\n", target.ToString());
    }

    [Fact]
    public void Records_may_differ_in_width()
    {
        Assert.Equal("a,b\n1\nx,y,z\n", CsvWriter.ToText([["a", "b"], ["1"], ["x", "y", "z"]]));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Writes_what_the_core_escaper_writes_and_the_reader_reads_back(NonEmptyArray<NonNull<string>>[] records)
    {
        // A sentinel field keeps records whose only field is empty from reading as blank lines.
        var rows = records.Select(r => (IReadOnlyList<string>)[.. r.Get.Select(f => f.Get), "end"]).ToList();
        var text = CsvWriter.ToText(rows);
        var core = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            TraceCsv.WriteRow(core, row);
        }
        using var reader = new CsvReader(new StringReader(text), "w.csv");
        var read = new List<string[]>();
        while (reader.Read())
        {
            read.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }
        var sameBytes = text == core.ToString();
        var roundTrip = read.Count == rows.Count && read.Zip(rows).All(p => p.First.SequenceEqual(p.Second));
        return (sameBytes && roundTrip).ToProperty();
    }

    [Fact]
    public void Utf8_text_written_reads_back_through_the_dataset_reader()
    {
        var text = CsvWriter.ToText([["name", "note"], ["Mané Junta", "said \"yes\",\nthen left"]]);
        using var csv = CsvFile.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "n.csv", TextEncoding.Utf8);
        Assert.True(csv.Read());
        Assert.Equal("Mané Junta", csv.GetText(csv.Column("name")));
        Assert.Equal("said \"yes\",\nthen left", csv.GetText(csv.Column("note")));
        Assert.False(csv.Read());
    }
}
