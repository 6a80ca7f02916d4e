using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Golden;

/// <summary>The golden-file helper itself: its normalisation, its diff and the report outline.</summary>
public sealed class GoldenHelperTests
{
    [Fact]
    public void Normalise_replaces_paths_line_ends_trailing_spaces_and_elapsed_times()
    {
        var text = $"report: {TestFiles.Repo("scenarios", "x.yaml")}  \r\nin {Path.Combine(Path.GetTempPath(), "a", "b.csv")}\r\nelapsed 12.4 s, 30 days\r\n3.5 s\r\n\r\n";
        Assert.Equal("report: <repo>/scenarios/x.yaml\nin <temp>/a/b.csv\nelapsed <elapsed>, 30 days\n3.5 s\n", TestSupport.Golden.Normalise(text));
    }

    [Fact]
    public void Diff_shows_context_and_the_changed_lines()
    {
        var diff = TestSupport.Golden.Diff("a\nb\nc\nd\ne\nf", "a\nb\nc\nX\ne\nf");
        Assert.Equal("@@ from line 4: 1 expected line(s), 1 actual line(s) @@\n  a\n  b\n  c\n- d\n+ X\n  e\n  f\n", diff);
        var inserted = TestSupport.Golden.Diff("1\n2\n3", "1\n2\nnew\n3");
        Assert.Contains("+ new", inserted, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", inserted, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_structure_keeps_sections_headings_ids_and_table_headers_only()
    {
        var html = """
            <html><body><h1>Parley report: T</h1>
            <section id="summary"><h2>The <em>summary</em></h2><p>elapsed 0.2 s</p>
            <figure class="chart" id="chart-endings" data-chart="endings"><img src="data:image/png;base64,xyz" alt="A"></figure>
            <table class="compare"><tr><th scope="col">Point</th><th>Utility &amp; text</th></tr><tr><td>0.5</td></tr></table>
            </section></body></html>
            """;
        Assert.Equal(
            "h1 Parley report: T\nsection #summary\n  h2 The summary\n  figure #chart-endings (endings)\n  table\n  th Point | Utility & text\n",
            GoldenOutputTests.ReportStructure(html));
    }
}
