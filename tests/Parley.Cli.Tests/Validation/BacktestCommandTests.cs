using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Validation;

/// <summary><c>parley backtest DIR</c>: scenarios with an observed: section scored against history.</summary>
public sealed class BacktestCommandTests
{
    private static readonly string War = File.ReadAllText(TestFiles.Repo("tests", "Fixtures", "backtest-war.yaml"));

    private const string Observed = """
        observed:
          days_to_agreement: { value: 60, source: h }
          ending: { value: ceasefire-held, source: h }
          agreed_text: { values: { ceasefire: phased, trucks: 400 }, source: h }
        """;

    /// <summary>A folder with one case (case/scenario.yaml) and one scenario without an observed section.</summary>
    private static string Folder()
    {
        var dir = Path.GetDirectoryName(TestFiles.TempFile("plain.yaml", War))!;
        Directory.CreateDirectory(Path.Combine(dir, "case"));
        File.WriteAllText(Path.Combine(dir, "case", "scenario.yaml"), War + Observed);
        return dir;
    }

    [Fact]
    public void Json_scores_each_case_and_summarises_them()
    {
        var dir = Folder();
        var result = ParleyProcess.Run("backtest", dir, "--runs", "200", "--seed", "3", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var c = Assert.Single(doc.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal("case", c.GetProperty("scenario").GetString());
        Assert.Equal("base", c.GetProperty("hypothesis").GetString());
        Assert.Equal(200, c.GetProperty("runs").GetInt32());
        Assert.Equal(60, c.GetProperty("observedDays").GetDouble());
        Assert.Equal("ceasefire-held", c.GetProperty("observedEnding").GetString());
        foreach (var key in new[] { "medianDays", "interval50", "interval90", "withinFactor2", "in50", "in90" })
        {
            Assert.True(c.TryGetProperty(key, out _), $"missing {key}");
        }
        Assert.Equal(2, c.GetProperty("interval50").GetArrayLength());
        Assert.Equal(2, c.GetProperty("interval90").GetArrayLength());

        // The Brier score is the sum of squared errors of the printed shares.
        var shares = c.GetProperty("endingShares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(8, shares.Count);
        Assert.Equal(1, shares.Values.Sum(), 9);
        var brier = shares.Sum(kv => Math.Pow(kv.Value - (kv.Key == "ceasefire-held" ? 1 : 0), 2));
        Assert.Equal(brier, c.GetProperty("brier").GetDouble(), 9);

        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("cases").GetInt32());
        Assert.Equal(brier, summary.GetProperty("meanBrier").GetDouble(), 9);
        foreach (var (share, check) in new[] { ("withinFactor2Share", "withinFactor2"), ("coverage50", "in50"), ("coverage90", "in90") })
        {
            var answer = c.GetProperty(check);
            var expected = answer.ValueKind == JsonValueKind.Null ? (double?)null : answer.GetBoolean() ? 1 : 0;
            var actual = summary.GetProperty(share);
            Assert.Equal(expected, actual.ValueKind == JsonValueKind.Null ? null : actual.GetDouble());
        }

        // Deterministic for a seed, whatever the thread count.
        var again = ParleyProcess.Run("backtest", dir, "--runs", "200", "--seed", "3", "--threads", "1", "--format", "json");
        Assert.Equal(result.Stdout, again.Stdout);
    }

    [Fact]
    public void Text_output_is_a_table_with_the_summary()
    {
        var result = ParleyProcess.Run("backtest", Folder(), "--runs", "100");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("case", result.Stdout);
        Assert.Contains("ceasefire-held", result.Stdout);
        Assert.Contains("1 case: within a factor of 2", result.Stdout);
    }

    [Fact]
    public void A_missing_folder_is_a_one_line_error()
    {
        ErrorAssert.OneLine(ParleyProcess.Run("backtest", Path.Combine(Path.GetTempPath(), "parley-no-such-folder")), "folder not found");
    }

    [Fact]
    public void A_folder_without_an_observed_section_is_a_one_line_error()
    {
        var dir = Path.GetDirectoryName(TestFiles.TempFile("plain.yaml", War))!;
        ErrorAssert.OneLine(ParleyProcess.Run("backtest", dir), "no scenario there has an observed: section");
    }

    [Fact]
    public void An_unknown_hypothesis_is_a_one_line_error()
    {
        ErrorAssert.OneLine(ParleyProcess.Run("backtest", Folder(), "--hypothesis", "maximal", "--runs", "10"), "no hypothesis 'maximal'");
    }
}
