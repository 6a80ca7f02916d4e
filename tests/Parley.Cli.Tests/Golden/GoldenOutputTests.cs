using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Golden;

/// <summary>
/// Rendered outputs compared with the files in tests/Parley.Cli.Tests/Expectations/ (see
/// <see cref="TestSupport.Golden"/>; <c>PARLEY_UPDATE_GOLDEN=1</c> rewrites them).
/// </summary>
public sealed partial class GoldenOutputTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void Analyze_tables_of_the_gaza_scenario()
    {
        TestSupport.Golden.Match("analyze-gaza.txt", Succeeded(ParleyCli.Run("analyze", Gaza)));
    }

    [Fact]
    public void Analyze_json_of_the_gaza_scenario()
    {
        TestSupport.Golden.Match("analyze-gaza.json", Succeeded(ParleyCli.Run("analyze", Gaza, "--format", "json")));
    }

    [Fact]
    public void Simulate_json_of_a_model_preset_with_a_fixed_seed()
    {
        TestSupport.Golden.Match("simulate-smith-stam-seed-3.json",
            Succeeded(ParleyCli.Run("simulate", "--model", "smith-stam", "--runs", "200", "--seed", "3", "--threads", "1", "--format", "json")));
    }

    [Fact]
    public void Report_structure_of_the_gaza_run()
    {
        var output = Path.Combine(TestFiles.TempDirectory(), "report");
        Succeeded(ParleyCli.Run("run", "--runs", "50", "--seed", "1", "--threads", "2", "--out", output,
            "--geo-data", TestFiles.Shared("data"), "--data", TestFiles.Shared("datasets")));
        TestSupport.Golden.Match("report-structure-gaza.txt", ReportStructure(File.ReadAllText(Path.Combine(output, "index.html"))));
    }

    /// <summary>
    /// The outline of a report page: sections with their ids, headings, elements with an id (charts,
    /// the map, sources), and the header cells of every table row, in document order, indented by
    /// section. Text, numbers, images and timings are left out: only the structure is compared.
    /// </summary>
    internal static string ReportStructure(string html)
    {
        var outline = new StringBuilder();
        var depth = 0;
        foreach (Match m in Element().Matches(html))
        {
            var indent = new string(' ', 2 * depth);
            if (m.Value.StartsWith("</section", StringComparison.Ordinal))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (m.Groups["heading"].Success)
            {
                outline.Append(indent).Append('h').Append(m.Groups["level"].Value).Append(' ').Append(Text(m.Groups["heading"].Value)).Append('\n');
            }
            else if (m.Groups["row"].Success)
            {
                var cells = HeaderCell().Matches(m.Groups["row"].Value).Select(c => Text(c.Groups["cell"].Value)).ToList();
                if (cells.Count > 0)
                {
                    outline.Append(indent).Append("th ").AppendJoin(" | ", cells).Append('\n');
                }
            }
            else
            {
                var tag = m.Groups["tag"].Value;
                var id = Attribute(m.Value, "id");
                var chart = Attribute(m.Value, "data-chart");
                if (tag == "section")
                {
                    outline.Append(indent).Append("section #").Append(id).Append('\n');
                    depth++;
                }
                else if (tag == "table")
                {
                    outline.Append(indent).Append("table").Append(id is null ? "" : " #" + id).Append('\n');
                }
                else if (id is not null)
                {
                    outline.Append(indent).Append(tag).Append(" #").Append(id).Append(chart is null ? "" : $" ({chart})").Append('\n');
                }
            }
        }
        return outline.ToString();
    }

    private static string Succeeded(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Empty(result.Stderr);
        return result.Stdout;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{Regex.Escape(name)}=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    private static string Text(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, "")), " ").Trim();

    [GeneratedRegex(@"<h(?<level>[1-6])\b[^>]*>(?<heading>.*?)</h\k<level>>|<tr\b[^>]*>(?<row>.*?)</tr>|</section>|<(?<tag>[a-z][a-z0-9]*)\b[^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Element();

    [GeneratedRegex(@"<th\b[^>]*>(?<cell>.*?)</th>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
