using Parley.Conflict.Texts;
using Parley.Domain.Texts;
using Xunit;

namespace Parley.Tests.Scenarios;

/// <summary>The Gaza texts as the facts file reports them (../shared/reference/gaza-2025-facts.md).</summary>
public sealed class Gaza2025TextsTests
{
    private static readonly Parley.Conflict.Scenarios.Scenario Gaza = GazaFiles.Scenario;
    private static readonly TextDurability Stated = TextDurability.FromWeibull(0.387, 15869, Math.Log(2) / 0.1, "test");

    [Fact]
    public void January_2025_has_three_phases_talks_from_day_16_and_the_phase_1_exchanges()
    {
        var jan = Gaza.Text("January 2025 agreement");
        Assert.Equal("2025-01-19", jan.Date);
        Assert.Equal(["phase 1", "phase 2", "phase 3"], jan.Phases.Select(p => p.Name));
        Assert.Equal(42, jan.Phases[0].DurationDays);
        Assert.Equal(16, jan.Phases[0].TalksFromDay);
        // 33 hostages for 737 prisoners and 1,167 detainees (facts file, January 2025 agreement).
        Assert.Equal(33, jan.Exchanges.Single(x => x.Releases == "Hamas" && x.Released.StartsWith("hostages (", StringComparison.Ordinal)).Count);
        Assert.Equal(737 + 1167, jan.Exchanges.Where(x => x.Releases == "Israel" && x.Day is null).Sum(x => x.Count));
        Assert.All(jan.Clauses, c => Assert.Equal(ClausePrecision.Precise, c.Precision));
    }

    [Fact]
    public void The_july_framework_leaves_the_lines_and_the_prisoner_numbers_open_and_the_amendments_fix_them()
    {
        var framework = Gaza.Text("framework");
        var line = Gaza.Space.IndexOf("withdrawal line");
        var prisoners = Gaza.Space.IndexOf("prisoners per hostage");
        Assert.Equal(ClausePrecision.Vague, framework.ClauseOn(line)!.Precision);
        Assert.Equal(["700 m", "1,100 m", "1,200 m"], framework.ClauseOn(line)!.Readings.Select(r => Gaza.Space.Issues[line].FormatValue(r.Value)));
        Assert.Equal(ClausePrecision.Vague, framework.ClauseOn(prisoners)!.Precision);
        var amended = Gaza.Text("Hamas amendments July 2025");
        Assert.Equal(ClausePrecision.Precise, amended.ClauseOn(line)!.Precision);
        Assert.Equal(ClausePrecision.Precise, amended.ClauseOn(prisoners)!.Precision);
        Assert.Equal(60, framework.Phases.Single().DurationDays);
    }

    [Fact]
    public void The_checklist_finds_no_definitions_monitoring_or_dispute_resolution_in_any_text()
    {
        foreach (var text in Gaza.Texts)
        {
            var missing = TextAudit.MissingElements(Gaza, text).Select(CeasefireElements.Key).ToArray();
            Assert.Contains("definitions", missing);
            Assert.Contains("monitoring", missing);
            Assert.Contains("dispute_resolution", missing);
        }
        Assert.Contains("lines", TextAudit.MissingElements(Gaza, Gaza.Text("framework")).Select(CeasefireElements.Key));
        Assert.DoesNotContain("lines", TextAudit.MissingElements(Gaza, Gaza.Text("January 2025 agreement")).Select(CeasefireElements.Key));
    }

    [Fact]
    public void The_vague_framework_reads_differently_to_each_side_and_clarifying_the_lines_narrows_the_gap()
    {
        var framework = Gaza.Text("framework");
        var israel = Gaza.Parties[0].Profile!;
        var hamas = Gaza.Parties[1].Profile!;
        var gap = framework.ReadingGap(israel, hamas, Gaza.Defaults);
        Assert.True(gap.A > 0 && gap.B > 0, $"{gap}");
        var audit = TextAudit.Run(Gaza, framework, Stated);
        var line = audit.Vague.Single(v => v.Issue == "withdrawal line");
        Assert.True(line.Clarification.Durability365[1] > line.Clarification.Durability365[0]);
        // Versions before 2 keep their meaning: the January text's values are the issues' defaults.
        Assert.Equal(Gaza.Space.Issues.Select((_, i) => Gaza.Defaults[i]).ToArray(),
            Gaza.Text("January 2025 agreement").Complete(Gaza.Space, Gaza.Defaults).ValueIndices.ToArray());
    }
}
