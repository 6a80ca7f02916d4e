using System.Text.Json;
using Parley.Cli.Tests.TestSupport;

namespace Parley.Cli.Tests.Models;

/// <summary><c>parley simulate SCENARIO --text NAME</c>: the war process started on a text's date, the text in force from day 0.</summary>
public sealed class SimulateFromTextTests
{
    private static string Gaza => TestFiles.Repo("scenarios", "gaza-2025", "scenario.yaml");

    [Fact]
    public void Every_run_starts_agreed_and_the_json_reports_survival_at_the_texts_checkpoints()
    {
        var r = ParleyCli.Run("simulate", Gaza, "--text", "January 2025 agreement", "--runs", "100", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        // The text is in force from day 0 in every run: 100 ceasefires, all agreed on day 0.
        Assert.Equal(100, root.GetProperty("ceasefires").GetInt32());
        Assert.Equal(0, root.GetProperty("daysToAgreement").GetProperty("max").GetDouble());
        var text = root.GetProperty("text");
        Assert.Equal("January 2025 agreement", text.GetProperty("name").GetString());
        Assert.Equal("2025-01-19", text.GetProperty("date").GetString());
        Assert.Equal(16, text.GetProperty("talksFromDay").GetDouble());
        // Phase 1: talks on phase 2 from day 16, 42 days long; collapse on 18 March = 12 + 28 + 18 = day 58.
        var points = text.GetProperty("checkpoints").EnumerateArray().ToArray();
        Assert.Equal([16, 42, 58], points.Select(p => p.GetProperty("day").GetInt32()));
        Assert.Equal("observed collapse, 2025-03-18", points[2].GetProperty("label").GetString());
        // Survival does not rise with time.
        var survival = points.Select(p => p.GetProperty("survival").GetDouble()).ToArray();
        Assert.True(survival[0] >= survival[1] && survival[1] >= survival[2], string.Join(", ", survival));
    }

    [Fact]
    public void Text_output_names_the_text_and_its_checkpoints()
    {
        var r = ParleyCli.Run("simulate", Gaza, "--text", "January 2025 agreement", "--runs", "50");
        Assert.True(r.ExitCode == 0, r.Stderr);
        // The terminal wraps long lines: compare with the line breaks as spaces.
        var stdout = System.Text.RegularExpressions.Regex.Replace(r.Stdout, @"\s+", " ");
        Assert.Contains("from 'January 2025 agreement' (2025-01-19), in force as a ceasefire from day 0; talks on the next phase from day 16", stdout, StringComparison.Ordinal);
        Assert.Contains("still holding on day 58 (observed collapse, 2025-03-18): ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_tells_the_text_in_force_and_the_talks_on_phase_2_from_day_16()
    {
        var r = ParleyCli.Run("simulate", Gaza, "--text", "January 2025 agreement", "--explain", "0", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var steps = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.Equal(0, steps[0].GetProperty("day").GetDouble());
        Assert.Contains("in force as a ceasefire from day 0", steps[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(steps, s => s.GetProperty("text").GetString()!.StartsWith("talks on the next phase open (due from day 16 of the ceasefire)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_text_is_a_one_line_error_listing_the_texts()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", Gaza, "--text", "Oslo", "--runs", "5"),
            "no text named 'Oslo'", "'January 2025 agreement'", "'October 2025 agreement'");
    }

    [Fact]
    public void Text_needs_a_scenario()
    {
        ErrorAssert.OneLine(ParleyCli.Run("simulate", "--model", "fearon", "--text", "framework"), "--text needs a scenario");
    }
}
