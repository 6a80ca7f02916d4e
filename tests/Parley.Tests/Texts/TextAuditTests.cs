using Parley.Conflict.Texts;
using Parley.Domain.Texts;
using Xunit;

namespace Parley.Tests.Texts;

/// <summary>The text audit on tests/Fixtures/texts.yaml, against hand calculations and closed forms.</summary>
public sealed class TextAuditTests
{
    private static readonly Parley.Conflict.Scenarios.Scenario S = TextFixture.Scenario;
    private static readonly TextDurability Weibull = TextDurability.FromWeibull(0.5, 1000, Math.Log(2) / 0.1, "test");

    [Fact]
    public void Clarifying_the_vague_line_at_mid_is_the_only_reading_both_accept()
    {
        var audit = TextAudit.Run(S, S.Text("vague line"), Weibull);
        var v = Assert.Single(audit.Vague);
        Assert.Equal("1", v.Clause);
        Assert.Equal("mid", v.Clarification.Reading);
        Assert.Equal(["mid"], v.Clarification.AcceptableReadings);
        // Before: North gains (.5*.75/1.4 + .25) - .3, South .575 - .3; after (mid): .2 each.
        var before = (0.5 * (0.75 / 1.4) + 0.25 - 0.3) * 0.275;
        Assert.Equal(before, v.Clarification.NashProduct[0], 12);
        Assert.Equal(0.04, v.Clarification.NashProduct[1], 12);
        Assert.Equal(0.04 - before, v.ClarificationValue, 12);
        Assert.Equal([0.25, 0.75], v.UtilitySpread["North"]);
        Assert.Equal([0.25, 0.75], v.UtilitySpread["South"]);
    }

    [Fact]
    public void Durability_is_the_curve_raised_to_the_reading_gaps_multiplier()
    {
        var audit = TextAudit.Run(S, S.Text("vague line"), Weibull);
        // Gap .5 each: m = exp(ln2/.1 * .5) = 32; S(t) = exp(-m (t/1000)^.5).
        foreach (var day in new[] { 30, 90, 365 })
        {
            Assert.Equal(Math.Exp(-32 * Math.Sqrt(day / 1000.0)), audit.Durability[$"{day}"], 9);
        }
        var clarified = TextAudit.Run(S, S.Text("vague line").Clarify("1", 1), Weibull);
        Assert.Equal(Math.Exp(-Math.Sqrt(0.365)), clarified.Durability["365"], 12);
        Assert.Equal(Math.Exp(-Math.Sqrt(0.365)), audit.Vague[0].Clarification.Durability365[1], 12);
    }

    [Fact]
    public void The_checklist_finds_what_each_text_leaves_out()
    {
        // The vague text: no lines (the line clause is vague), no phases, no exchanges, no provisions;
        // humanitarian access is settled only on an aid-trucks issue the scenario binds (it does).
        Assert.Equal(["definitions", "lines", "monitoring", "detainees", "dispute_resolution", "timing"],
            TextAudit.Run(S, S.Text("vague line"), Weibull).MissingElements);
        // The full text settles lines, timing, detainees, monitoring, definitions and (bounded trucks) access.
        Assert.Equal(["dispute_resolution"], TextAudit.Run(S, S.Text("full"), Weibull).MissingElements);
    }

    [Fact]
    public void Clauses_report_their_readings_with_normalised_weights()
    {
        var audit = TextAudit.Run(S, S.Text("vague line"), Weibull);
        Assert.Equal(3, audit.Clauses.Count);
        Assert.Equal("vague", audit.Clauses[0].Precision);
        Assert.Equal([0.5, 0.3, 0.2], audit.Clauses[0].Readings.Select(r => Math.Round(r.Weight, 12)));
        Assert.Equal(400.0, audit.Clauses[1].Readings[0].Value);
        Assert.Null(audit.Clauses[2].Issue);
        Assert.Empty(audit.Clauses[2].Readings);
    }

    [Fact]
    public void The_diff_marks_changed_issues_and_each_sides_change()
    {
        var diff = TextDiff.Run(S, S.Text("full"), S.Text("values only"));
        Assert.False(diff.Issues[0].Changed);
        Assert.True(diff.Issues[1].Changed);
        // full: trucks 400 or 600 (North .5*.5 + .5*(.5*.5 + .5*0) = .375); values only: .5.
        Assert.Equal(0.375 - 0.5, diff.Parties[0].Change, 12);
        Assert.Equal(["phase 1: 42 days", "phase 2"], diff.Phases[0]);
        Assert.Equal(ClausePrecision.Bounded, S.Text("full").Clauses[1].Precision);
    }
}
