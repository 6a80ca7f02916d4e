using Parley.Reports.Csv;

namespace Parley.Cli.Tests.Reports;

public sealed class CsvTableTests
{
    [Fact]
    public void Cells_are_quoted_only_when_they_must_be()
    {
        var t = new CsvTable("t.csv", "test", "a", "b", "c");
        t.Add("plain", "with, comma", "say \"hi\"");
        t.Add("two\nlines", null, 0.1);
        t.Add(1_000_000.5, 42, true);
        Assert.Equal(
            "a,b,c\n" +
            "plain,\"with, comma\",\"say \"\"hi\"\"\"\n" +
            "\"two\nlines\",,0.1\n" +
            "1000000.5,42,true\n",
            t.ToCsv());
        Assert.Equal(3, Csv.Read(t.ToCsv()).Count - 1);
    }

    [Fact]
    public void Rows_must_match_the_header()
    {
        var t = new CsvTable("t.csv", "test", "a", "b");
        var ex = Assert.Throws<ArgumentException>(() => t.Add("only one"));
        Assert.Contains("t.csv: a row has 1 cells for 2 columns", ex.Message, StringComparison.Ordinal);
    }
}
