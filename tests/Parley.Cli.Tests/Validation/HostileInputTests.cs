using System.Text;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Validation;

/// <summary>
/// The hostile and odd inputs of issue 12 (docs/errors.md lists each with its message): every one ends
/// in one line naming the file and line or the option, and what to do; none crashes, hangs or passes silently.
/// </summary>
public sealed class HostileInputTests
{
    private static string ExampleWith(string name, string find, string replace)
    {
        var text = File.ReadAllText(TestFiles.Example);
        Assert.Contains(find, text);
        return TestFiles.TempFile(name, text.Replace(find, replace, StringComparison.Ordinal));
    }

    [Fact]
    public void A_recursive_alias_is_one_line_at_the_alias()
    {
        var path = TestFiles.TempFile("recursive.yaml", "parley: 1\nmetadata: &m {self: *m}\n");
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "recursive.yaml:2:21:", "recursive alias");
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_expansion_limit()
    {
        // Each line holds ten aliases of the line before: 10^12 values once expanded, in 13 lines.
        var text = new StringBuilder("parley: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }
        var path = TestFiles.TempFile("bomb.yaml", text.ToString());
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "bomb.yaml:", "1,000,000 values", "aliases");
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_stack_overflows()
    {
        var path = TestFiles.TempFile("deep.yaml", "parley: 1\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "deep.yaml:2:", "nested more than 40 levels");
    }

    [Fact]
    public void An_oversized_file_is_refused()
    {
        var path = TestFiles.TempFile("big.yaml", "parley: 1\n# " + new string('x', 9 * 1024 * 1024) + "\n");
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "big.yaml", "more than the 8,388,608 a scenario may have");
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_utf16_scenario_reads_as_its_utf8_original(string encoding)
    {
        var text = File.ReadAllText(TestFiles.Example);
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.BigEndianUnicode.GetBytes(text),
        };
        var path = Path.Combine(TestFiles.TempDirectory(), "u16.yaml");
        File.WriteAllBytes(path, bytes);
        var result = ParleyCli.Run("validate", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4 issues, 3 parties, 2,079 outcomes", result.Stdout);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_say_so()
    {
        var path = Path.Combine(TestFiles.TempDirectory(), "latin1.yaml");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("parley: 1\nmetadata: { title: Caf\u00e9 }\n"));
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "latin1.yaml", "not UTF-8", "save it as UTF-8");
    }

    [Theory]
    [InlineData("step: 0.1", "step: 0", "25:11:", "'issues/1/step' is 0 but must be greater than 0")]
    [InlineData("step: 0.1", "step: -0.1", "25:11:", "'issues/1/step' is -0.1 but must be greater than 0")]
    [InlineData("parley: 1\n", "parley: 99\n", "3:9:", "'parley' is 99 but must be 1")]
    [InlineData("parley: 1\n", "", "3:1:", "no 'parley:' line: add 'parley: 1'")]
    [InlineData("role: mediator", "role: emperor", "71:11:", "'parties/2/role' is 'emperor': use one of 'belligerent', 'mediator', 'patron', 'guarantor'")]
    [InlineData("ceasefire: 0.35,", "ceasefire: high,", "49:27:", "'parties/0/weights/ceasefire' is text 'high' but should be a number")]
    [InlineData("{ value: 0.45,", "{ valu: 0.45,", "48:20:", "unknown key 'valu'")]
    [InlineData("  title:", "  titl:", "5:3:", "unknown key 'titl'")]
    public void Schema_errors_name_the_real_violation_at_its_own_line(string find, string replace, string at, string message)
    {
        var path = ExampleWith("schema.yaml", find, replace);
        ErrorAssert.OneLine(ParleyCli.Run("validate", path), "schema.yaml:" + at, message);
    }

    [Fact]
    public void A_reservation_above_the_utility_scale_is_an_error()
    {
        var path = ExampleWith("reservation.yaml", "value: 0.45,", "value: 1.7,");
        ErrorAssert.OneLine(ParleyCli.Run("analyze", path), "reservation.yaml:48:", "reservation 1.7, above 1");
    }

    [Fact]
    public void A_negative_reservation_is_a_documented_value_of_fighting()
    {
        var path = ExampleWith("negative.yaml", "value: 0.45,", "value: -0.2,");
        Assert.Equal(0, ParleyCli.Run("validate", path).ExitCode);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_normalised_with_a_warning()
    {
        // 0.95 + 0.3 + 0.2 + 0.15 = 1.6.
        var path = ExampleWith("weights.yaml", "ceasefire: 0.35, buffer depth", "ceasefire: 0.95, buffer depth");
        var result = ParleyCli.Run("analyze", path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("parley: warning: " + path + ":49:14: party 'North' has weights that sum to 1.6, not 1: each is divided by 1.6 (normalised), as GENIUS does", warning);
    }

    [Fact]
    public void A_genius_reservation_outside_0_1_is_an_error()
    {
        var dir = TestFiles.Shared("data", "genius", "Laptop");
        var buyer = File.ReadAllText(Path.Combine(dir, "laptop_buyer_utility.xml")).Replace("<reservation value=\"0\" />", "<reservation value=\"7\" />", StringComparison.Ordinal);
        var path = TestFiles.TempFile("buyer7.xml", buyer);
        ErrorAssert.OneLine(ParleyCli.Run("analyze", Path.Combine(dir, "laptop_domain.xml"), path, Path.Combine(dir, "laptop_seller_utility.xml")),
            "buyer7.xml:2:", "reservation value 7 is outside 0-1");
    }

    [Theory]
    [InlineData("--seed abc: use a whole number from 0 to 18,446,744,073,709,551,615", "run", "--seed", "abc")]
    [InlineData("--runs 10000000000: use a whole number from 1 to 2,147,483,647", "run", "--runs", "10000000000")]
    [InlineData("--max-enumerate abc: use a whole number from 1 to 9,223,372,036,854,775,807", "analyze", "--max-enumerate", "abc")]
    [InlineData("--rounds x: use a whole number from 1 to 2,147,483,647", "negotiate", "-r", "x")]
    [InlineData("--trucks lots: use a number", "aid", "--trucks", "lots")]
    public void An_option_value_that_does_not_convert_names_the_option_and_the_range(string message, string command, string option, string value)
    {
        string[] args = command is "aid" ? [command, option, value] : [command, TestFiles.Example, option, value];
        ErrorAssert.OneLine(ParleyCli.Run(args), message);
    }

    [Fact]
    public void Output_paths_are_checked_before_the_work()
    {
        var dir = TestFiles.TempDirectory();
        var file = Path.Combine(dir, "report.txt");
        File.WriteAllText(file, "x");
        ErrorAssert.OneLine(ParleyCli.Run("run", TestFiles.Example, "--out", file), "--out", "this is a file; give a folder");
        ErrorAssert.OneLine(ParleyCli.Run("run", TestFiles.Example, "--out", Path.Combine(file, "sub")), "is a file, so no folder can be made under it");
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "smith-stam", "--out", Path.Combine(dir, "missing", "runs.csv")), "does not exist; create it first");
        ErrorAssert.OneLine(ParleyCli.Run("map", "--no-data", "--svg", dir), "--svg", "this is a folder; give a file name");
    }

    [Fact]
    public void Run_without_a_war_section_says_what_is_missing()
    {
        var result = ParleyCli.Run("run", TestFiles.Example, "--runs", "5", "--out", TestFiles.TempDirectory());
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no war: section, so the war was not simulated (0 runs)", warning);
        Assert.StartsWith("parley: warning: ", warning);
    }

    [Fact]
    public void A_geojson_polygon_outside_the_territory_gets_a_warning()
    {
        // A square near Cairo, far from the Gaza Strip: 0 km² inside, said so.
        var line = TestFiles.TempFile("elsewhere.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[31.2,30.0],[31.3,30.0],[31.3,30.1],[31.2,30.1],[31.2,30.0]]]}");
        var result = ParleyCli.Run("map", "--no-data", "--buffer", "0.1", "--geojson", line, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("parley: warning: " + line + ": the polygon lies wholly outside", warning);
        Assert.Contains("0 km²", warning);
    }

    [Fact]
    public void A_geojson_polygon_inside_the_territory_gets_no_warning()
    {
        var line = TestFiles.TempFile("inside.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[34.2,31.2],[34.6,31.2],[34.6,31.4],[34.2,31.4],[34.2,31.2]]]}");
        var result = ParleyCli.Run("map", "--no-data", "--buffer", "0.1", "--geojson", line, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
    }
}
