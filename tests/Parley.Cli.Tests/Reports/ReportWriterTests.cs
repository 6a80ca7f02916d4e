using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using Parley.Reports;

namespace Parley.Cli.Tests.Reports;

public sealed class ReportWriterTests : IClassFixture<WrittenReport>
{
    private readonly WrittenReport _written;

    public ReportWriterTests(WrittenReport written) => _written = written;

    private static readonly string[] Slugs = ["limited-aims", "unlimited-aims", "attrition"];

    /// <summary>Every chart the issue lists, by element id, with its display size (the PNG is drawn at twice that).</summary>
    public static TheoryData<string, string, int, int> Charts()
    {
        var data = new TheoryData<string, string, int, int>
        {
            // Endings: 5 distinct endings, 3 hypotheses: max(470, 130 + 5 * max(44, 22 * 3)) = max(470, 130 + 330) = 470.
            { "chart-endings", "endings", 560, 470 },
            // Legend below: 360 + 40 + 20 per legend row. Food: the need line and 3 distinct hypotheses.
            { "chart-food-share", "food-share", 560, 360 + 40 + (20 * 4) },
            // Kaplan-Meier plots are 400 high: 2 groups; 1 matching subset and 2 model curves.
            { "chart-km-survival", "km-survival", 560, 400 + 40 + (20 * 2) },
            { "chart-km-model", "km-model", 560, 400 + 40 + (20 * 3) },
            // Base rates: 5 endings: max(300, 120 + 5 * 36) = 300.
            { "chart-base-rates", "base-rates", 560, 300 },
        };
        foreach (var slug in Slugs)
        {
            data.Add($"chart-pareto-{slug}", "pareto", 560, 500);
            data.Add($"chart-range-{slug}", "range-over-time", 560, 500);
            data.Add($"chart-casualties-{slug}", "casualties", 560, 500);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_chart_is_a_figure_with_a_png_title_and_caption(string id, string kind, int width, int height)
    {
        var figure = Element("figure", id);
        Assert.Equal(kind, (string?)figure.Attribute("data-chart"));
        var img = Assert.Single(figure.Elements("img"));
        var src = (string?)img.Attribute("src") ?? "";
        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, src, StringComparison.Ordinal);
        var png = Convert.FromBase64String(src[prefix.Length..]);

        // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(width * 2, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height * 2, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal(width.ToString(CultureInfo.InvariantCulture), (string?)img.Attribute("width"));
        Assert.False(string.IsNullOrWhiteSpace((string?)img.Attribute("alt")));

        var caption = Assert.Single(figure.Elements("figcaption")).Value;
        Assert.Contains("Source:", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_carlo_captions_name_the_runs_and_the_seed()
    {
        // The fixture: 1,000 runs per hypothesis, seed 42.
        foreach (var id in new[] { "chart-endings", "chart-food-share", "chart-casualties-attrition" })
        {
            var caption = Element("figure", id).Element("figcaption")!.Value;
            Assert.Contains("Monte Carlo of the war process, 1,000 runs per hypothesis, seed 42", caption, StringComparison.Ordinal);
        }
        Assert.Contains("hypothesis \u201cunlimited-aims\u201d", Element("figure", "chart-pareto-unlimited-aims").Element("figcaption")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_map_is_the_given_svg_inline()
    {
        var figure = Element("figure", "map-withdrawal");
        XNamespace svg = "http://www.w3.org/2000/svg";
        var map = Assert.Single(figure.Elements(svg + "svg"));
        Assert.Equal("Withdrawal-line options", map.Element(svg + "title")?.Value);
        Assert.Equal("Zone & buffer", map.Element(svg + "text")?.Value);
        Assert.NotNull(figure.Element("figcaption"));
    }

    [Fact]
    public void Page_is_well_formed_and_titled()
    {
        var root = _written.Document.Root!;
        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal("Parley report: Gaza 2025 ceasefire talks (test fixture)", root.Element("head")!.Element("title")!.Value);
        Assert.Equal("utf-8", (string?)root.Element("head")!.Element("meta")!.Attribute("charset"));
        // Ids are unique.
        var ids = _written.Document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Page_makes_no_external_request_and_links_out_only_to_sources()
    {
        var doc = _written.Document;
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "link" or "iframe" or "object" or "embed");
        var css = string.Concat(doc.Descendants("style").Select(s => s.Value));
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        foreach (var src in doc.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "srcset" or "poster"))
        {
            Assert.StartsWith("data:", src.Value, StringComparison.Ordinal);
        }

        // Namespace declarations name namespaces, they fetch nothing; every other absolute address is a source link.
        var sourceUrls = ReportFixture.Build().Sources.Select(s => s.Url).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var absolute = doc.Descendants().Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Value.Contains("://", StringComparison.Ordinal))
            .ToList();
        Assert.All(absolute, a =>
        {
            Assert.Equal("href", a.Name.LocalName);
            Assert.Equal("source", (string?)a.Parent!.Attribute("class"));
            Assert.Contains(a.Value, sourceUrls);
        });
        Assert.Equal(2, absolute.Count); // two of the three sources have an address
        var texts = doc.DescendantNodes().OfType<XText>().Where(t => t.Parent?.Name.LocalName != "style");
        Assert.DoesNotContain(texts, t => t.Value.Contains("http://", StringComparison.Ordinal) || t.Value.Contains("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_compares_the_hypotheses_side_by_side()
    {
        var table = _written.Document.Descendants("table").First(t => (string?)t.Attribute("class") == "compare");
        var head = table.Element("thead")!.Descendants("th").Select(th => th.Value).ToList();
        Assert.Equal(["", "limited-aims", "unlimited-aims", "attrition"], head);
        string Row(string label) => string.Join(" | ", table.Element("tbody")!.Elements("tr")
            .Single(tr => tr.Element("th")!.Value == label).Elements("td").Select(td => td.Value));
        Assert.Equal("1,872 outcomes (21.7% of all) | empty: no outcome is better than war for both | 259 outcomes (3% of all)", Row("Bargaining range"));
        Assert.Equal("run 0 of the Monte Carlo: first agreement on day 42, in round 6 of its episode of talks | no agreement in the talks shown | no agreement in the talks shown", Row("Talks"));
        // limited-aims: 612/1000 = 61.2%, 188/1000 = 18.8%, 120/1000 = 12%; unlimited: 410, 380, 150 of 1000; attrition: 700 and 300 of 1000.
        Assert.Equal("negotiated settlement: 61.2%ceasefire, collapsed: 18.8%stalemate: 12% | military victory: Israel: 41%stalemate: 38%ceasefire, collapsed: 15% | stalemate: 70%military victory: Israel: 30%", Row("Likeliest endings"));
        Assert.Equal("30 days: 91%90 days: 74%365 days: 52% | 30 days: 70%90 days: 40%365 days: 15% | no ceasefire in any run", Row("Ceasefire still holding"));
    }

    [Fact]
    public void Sources_are_listed_with_escaped_titles()
    {
        var items = _written.Document.Descendants("ol").Single(o => (string?)o.Attribute("class") == "sources").Elements("li").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("wfp-2025 WFP, Gaza market monitor, \"airdrops\" & trucks", items[1].Value);
        Assert.Null(items[2].Element("a"));
    }

    /// <summary>Expected rows per file, counted by hand from <see cref="ReportFixture"/>.</summary>
    public static TheoryData<string, string, int> CsvFiles() => new()
    {
        { "hypotheses.csv", "hypothesis,description,range_size,range_share,deal_killers,agreement_reached,runs", 3 },
        { "deal_killers.csv", "hypothesis,rank,message", 0 + 2 + 1 },
        { "pareto_frontier.csv", "hypothesis,point,party,utility", 3 * 6 * 2 },
        // limited: reservation, Nash, KS, agreement (4); unlimited: reservation (1); attrition: reservation, Nash, KS (3); two parties each.
        { "solution_points.csv", "hypothesis,point,round,text,party,utility", (4 + 1 + 3) * 2 },
        { "range_over_time.csv", "hypothesis,round,day,variable,party,value", 3 * 13 * 4 },
        { "endings.csv", "hypothesis,ending,runs,share", 5 + 4 + 2 },
        { "time_to_agreement.csv", "hypothesis,quantile,days", 2 * 3 },
        { "ceasefire_survival.csv", "hypothesis,day,survival", 2 * 3 },
        { "ceasefire_curve.csv", "hypothesis,n,day,survival,lower,upper", 2 * 4 },
        { "casualties.csv", "hypothesis,round,day,party,category,mean_cumulative_deaths,measures", 3 * 27 * 2 * 2 },
        { "food_share.csv", "hypothesis,round,day,share_of_need_met", 3 * 27 },
        { "withdrawal_options.csv", "option,area_km2,share_of_territory,people_inside", 3 },
        { "aid_channels.csv", "channel,units_per_day,unit,food_tonnes_per_day,people_fed_equivalent,cost_usd_per_day,cost_usd_per_1000_kcal", 2 },
        { "sources.csv", "id,title,url", 3 },
        { "run.csv", "scenario,scenario_source,seed,runs_per_hypothesis,threads,version,elapsed_seconds", 1 },
        { "empirical_survival.csv", "chart,group,n,selection,day,survival,lower,upper", (2 * 10) + 8 },
        { "empirical_endings.csv", "ending,cases,share", 5 + 1 },
    };

    [Theory]
    [MemberData(nameof(CsvFiles))]
    public void Every_csv_has_its_header_and_row_count(string file, string header, int rows)
    {
        var path = Path.Combine(_written.Folder, file);
        Assert.Contains(path, _written.Files.Data);
        var table = Csv.Read(File.ReadAllText(path));
        Assert.Equal(header, string.Join(',', table[0]));
        Assert.Equal(rows, table.Count - 1);
        Assert.All(table, r => Assert.Equal(table[0].Length, r.Length));
        // The page lists the file with the same count.
        var listed = _written.Document.Descendants("tr").Single(tr => tr.Element("td")?.Value == file);
        Assert.Equal(rows.ToString("#,0", CultureInfo.InvariantCulture), listed.Elements("td").Last().Value);
    }

    [Fact]
    public void Writer_returns_the_page_first_then_every_csv()
    {
        Assert.Equal(Path.Combine(_written.Folder, "index.html"), _written.Files.Page);
        Assert.Equal(_written.Files.Page, _written.Files.All[0]);
        Assert.Equal(CsvFiles().Count, _written.Files.Data.Count);
        Assert.All(_written.Files.All, p => Assert.True(File.Exists(p), p));
        Assert.Equal(_written.Files.All.Count, Directory.GetFiles(_written.Folder).Length);
    }

    [Fact]
    public void Csv_values_are_invariant_and_quoted()
    {
        var endings = Csv.Read(File.ReadAllText(Path.Combine(_written.Folder, "endings.csv")));
        // 612 of 612 + 188 + 120 + 64 + 16 = 1000 runs.
        Assert.Equal(["limited-aims", "negotiated settlement", "612", "0.612"], endings[1]);
        var sources = Csv.Read(File.ReadAllText(Path.Combine(_written.Folder, "sources.csv")));
        Assert.Equal(["wfp-2025", "WFP, Gaza market monitor, \"airdrops\" & trucks", "https://www.wfp.org/"], sources[2]);
        Assert.Equal(["pillar-1983", "Pillar, Negotiating Peace (Princeton, 1983)", ""], sources[3]);
        var raw = File.ReadAllText(Path.Combine(_written.Folder, "sources.csv"));
        Assert.Contains("\"WFP, Gaza market monitor, \"\"airdrops\"\" & trucks\"", raw, StringComparison.Ordinal);
        var casualties = Csv.Read(File.ReadAllText(Path.Combine(_written.Folder, "casualties.csv")));
        // Round 1 (day 14) of limited-aims: Israel's side, 14 days x 1.25 combatant deaths a day = 17.5.
        Assert.Equal(["limited-aims", "1", "14", "Israel", "combatant", "17.5", "combatant deaths: Israel"], casualties[5]);
        var run = Csv.Read(File.ReadAllText(Path.Combine(_written.Folder, "run.csv")));
        Assert.Equal(["Gaza 2025 ceasefire talks (test fixture)", "scenarios/gaza-2025/scenario.yaml (embedded)", "42", "1000", "2", "0.1.0-test", "12.4"], run[1]);
    }

    private XElement Element(string name, string id)
    {
        var hits = _written.Document.Descendants().Where(e => e.Name.LocalName == name && (string?)e.Attribute("id") == id).ToList();
        return Assert.Single(hits);
    }
}
