using Parley.Reports;

namespace Parley.Cli.Tests.Reports;

public sealed class ReportWriterOptionalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-tests", "report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Without_datasets_or_map_there_are_no_base_rate_charts_no_map_and_stale_files_go()
    {
        Directory.CreateDirectory(_folder);
        var stale = Path.Combine(_folder, "empirical_survival.csv");
        File.WriteAllText(stale, "group,day\n");
        var mine = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(mine, "a user's file");

        var files = ReportWriter.Write(ReportFixture.Build(empirical: false, mapSvg: null), _folder);

        var html = File.ReadAllText(files.Page);
        var doc = WrittenReport.Parse(html);
        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        Assert.DoesNotContain("chart-km-survival", ids);
        Assert.DoesNotContain("chart-base-rates", ids);
        Assert.DoesNotContain("base-rates", ids);
        Assert.DoesNotContain("map-withdrawal", ids);
        Assert.Contains("map", ids); // the options table still has its section
        Assert.Contains("chart-endings", ids);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(mine));
        Assert.Equal(15, files.Data.Count); // 17 tables less the two empirical ones
    }

    [Fact]
    public void Writing_twice_replaces_the_files_and_gives_the_same_data()
    {
        var report = ReportFixture.Build();
        var first = ReportWriter.Write(report, _folder);
        var csv = first.Data.ToDictionary(p => p, File.ReadAllText);
        var second = ReportWriter.Write(report, _folder);
        Assert.Equal(first.All, second.All);
        Assert.All(second.Data, p => Assert.Equal(csv[p], File.ReadAllText(p)));
    }

    [Fact]
    public void Default_folder_is_parley_out()
    {
        Assert.Equal("parley-out", ReportWriter.DefaultDirectory);
        Assert.Equal("index.html", ReportWriter.PageName);
    }
}
