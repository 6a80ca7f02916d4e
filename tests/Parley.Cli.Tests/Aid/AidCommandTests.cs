using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Aid;

public sealed class AidCommandTests
{
    [Fact]
    public void Aid_with_no_file_prints_land_against_airdrops_first()
    {
        var r = ParleyCli.Run("aid");
        Assert.Equal(0, r.ExitCode);
        var land = r.Stdout.IndexOf("Land crossings", StringComparison.Ordinal);
        var air = r.Stdout.IndexOf("Airdrops", StringComparison.Ordinal);
        var share = r.Stdout.IndexOf("Share of need met", StringComparison.Ordinal);
        Assert.True(land >= 0 && air > land && share > air, r.Stdout);
        Assert.Contains("40 trucks", r.Stdout); // without an agreement: the situation of July 2025 (GHF), not the January 600
        Assert.Contains("11.1%", r.Stdout);
    }

    [Fact]
    public void Aid_terms_change_the_json_numbers()
    {
        var baseline = Json(ParleyCli.Run("aid", "--format", "json"));
        var un = Json(ParleyCli.Run("aid", "--format", "json", "--administration", "un", "--rafah", "open", "--trucks", "300"));
        Assert.Equal("alternative", baseline.GetProperty("administration").GetString());
        Assert.Equal(0.110756, baseline.GetProperty("shareOfNeedMet").GetDouble(), 1e-6);
        Assert.Equal("un", un.GetProperty("administration").GetString());
        Assert.True(un.GetProperty("rafahOpen").GetBoolean());
        Assert.Equal(100, un.GetProperty("evacuationsPerDay").GetDouble());
        // 300 trucks: 300 × (550/600) × 0.154 = 42.35 food trucks.
        Assert.Equal(42.35, un.GetProperty("land").GetProperty("foodUnitsPerDay").GetDouble(), 1e-9);
        Assert.True(un.GetProperty("shareOfNeedMet").GetDouble() > baseline.GetProperty("shareOfNeedMet").GetDouble());
        Assert.Equal(100, baseline.GetProperty("reportedAirdropToLandCostRatio").GetDouble());
    }

    [Fact]
    public void Aid_reads_a_scenario_file_and_reports_its_errors_in_one_line()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "scenarios", "gaza-2025", "scenario.yaml"));
        Assert.Contains("    value: 2100000\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var good = TestFiles.TempFile("scenario.yaml", text.Replace("value: 2100000", "value: 1000000", StringComparison.Ordinal));
        var r = ParleyCli.Run("aid", good, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(1_000_000, Json(r).GetProperty("population").GetDouble());

        var bad = TestFiles.TempFile("scenario.yaml", text.Replace("\n  airdrops:", "\n  air_drops:", StringComparison.Ordinal));
        ErrorAssert.OneLine(ParleyCli.Run("aid", bad), "scenario.yaml:", "air_drops");
    }

    [Fact]
    public void Aid_rejects_bad_options_in_one_line()
    {
        ErrorAssert.OneLine(ParleyCli.Run("aid", "--administration", "nobody"), "--administration");
        ErrorAssert.OneLine(ParleyCli.Run("aid", "--rafah", "ajar"), "--rafah");
        ErrorAssert.OneLine(ParleyCli.Run("aid", "--food-share", "2"), "food_share");
        ErrorAssert.OneLine(ParleyCli.Run("aid", "--format", "xml"), "--format");
        ErrorAssert.OneLine(ParleyCli.Run("aid", "no-such-file.yaml"), "no-such-file.yaml");
    }

    private static JsonElement Json(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement.Clone();
    }
}
