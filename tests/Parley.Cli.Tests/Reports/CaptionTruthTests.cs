using Parley.Cli.Tests.TestSupport;
using Parley.Application.Results;
using Parley.Reports.Charts;

namespace Parley.Cli.Tests.Reports;

/// <summary>Captions state what their chart computes, read from the same points the chart draws (issue 11 §5).</summary>
public sealed class CaptionTruthTests
{
    [Fact]
    public void The_range_caption_states_the_first_and_last_round_of_its_own_series()
    {
        // Hand-made series: the range closes as the war goes on, the opposite of the old fixed claim.
        RangePoint[] points =
        [
            new(1, 7, 0.6, 0.4, 0.25, 0.5),
            new(2, 14, 0.7, 0.5, 0.0, 0.1),
        ];
        var text = RangeOverTimeChart.Trend(points);
        Assert.Contains("In round 1 (day 7) the outcomes both prefer are 25% of all and a range is open in 50% of runs", text, StringComparison.Ordinal);
        Assert.Contains("in round 2 (day 14), 0% and 10%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_range_caption_makes_no_claim_the_series_does_not_support()
    {
        var report = ReportFixture.Build();
        var h = report.Hypotheses[0];
        var chart = RangeOverTimeChart.Render(report, h, "chart-range-test");
        Assert.DoesNotContain("opens as the reservation values fall", chart.Caption, StringComparison.Ordinal);
        Assert.Contains(RangeOverTimeChart.Trend(h.RangeOverTime), chart.Caption, StringComparison.Ordinal);
        Assert.Contains("share of runs in which a bargaining range was open", chart.Caption, StringComparison.Ordinal);
    }
}

/// <summary>Casualty series are named by what they measure (issue 11 §5).</summary>
public sealed class CasualtyLabelTests
{
    [Fact]
    public void Default_labels_state_the_war_models_columns()
    {
        var pair = new BelligerentPair("Israel", "Hamas");
        Assert.Equal("combatant deaths: Israel", pair.CasualtyLabel(0, civilian: false));
        Assert.Equal("civilian deaths on Hamas's side", pair.CasualtyLabel(1, civilian: true));
    }

    [Fact]
    public void The_scenarios_own_words_replace_the_default_and_zero_series_are_named_not_drawn()
    {
        var pair = new BelligerentPair("Israel", "Hamas") { SecondCivilianLabel = "all deaths in Gaza" };
        var report = ReportFixture.Build(belligerents: pair);
        var chart = CasualtiesChart.Render(report, report.Hypotheses[0], "chart-casualties-test");
        Assert.Contains("all deaths in Gaza", chart.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("civilian deaths on Hamas's side", chart.Caption, StringComparison.Ordinal);

        // Hamas's combatant series is zero throughout: named in the caption, not drawn as a line at 0.
        CasualtyPoint[] points = [new(1, 7, new SideCasualties(4, 0), new SideCasualties(0, 900)), new(2, 14, new SideCasualties(8, 0), new SideCasualties(0, 1800))];
        var (drawn, zero) = CasualtiesChart.Series(pair, points);
        Assert.Equal(["combatant deaths: Israel", "all deaths in Gaza"], drawn);
        Assert.Equal(["civilian deaths on Israel's side", "combatant deaths: Hamas"], zero);
    }

    [Fact]
    public void The_gaza_scenario_labels_its_one_figure_as_all_deaths_in_gaza()
    {
        var scenario = Parley.Formats.Scenario.ScenarioReader.ReadFile(Path.Combine(TestFiles.RepoRoot, "scenarios", "gaza-2025", "scenario.yaml"));
        var hamas = Assert.Single(scenario.War!.Sides, s => s.Party == "Hamas");
        Assert.StartsWith("all deaths in Gaza", hamas.CivilianDeathsLabel, StringComparison.Ordinal);
    }
}

/// <summary>Who prevailed, and what followed a collapsed ceasefire, are stated under the endings (issue 11 §5).</summary>
public sealed class EndingDetailsTests
{
    [Fact]
    public void Decisive_endings_name_who_prevailed_and_collapses_say_what_followed()
    {
        var h = ReportFixture.Build().Hypotheses[0];
        var detailed = Reconstructed(h, [new("Israel", 278), new("Hamas", 1)], [new("ceasefire-held", 40), new("military-victory", 2)]);
        var html = Parley.Reports.Html.EndingDetails.Html(detailed);
        Assert.Contains("by who prevailed: Israel 278 runs, Hamas 1 run.", html, StringComparison.Ordinal);
        // 40 + 2 = 42 collapsed runs, most frequent follow-up first.
        Assert.Contains("After a ceasefire collapsed (42 runs), the war went on to: ceasefire-held 40, military-victory 2.", html, StringComparison.Ordinal);
        Assert.Equal("", Parley.Reports.Html.EndingDetails.Html(Reconstructed(h, [new("Israel", 0), new("Hamas", 0)], [])));
    }

    private static HypothesisReport Reconstructed(HypothesisReport h, EndingCount[] prevailing, EndingCount[] after) =>
        new(h.Name, h.Description, h.RangeSize, h.RangeShare, h.DealKillers, h.Reservation, h.Nash, h.KalaiSmorodinsky,
            h.ParetoFrontier, h.Agreement, h.RangeOverTime, h.Endings, h.TimeToAgreementDays, h.CeasefireSurvival, h.Casualties, h.FoodShare)
        {
            Prevailing = prevailing,
            AfterCeasefireCollapse = after,
        };
}

/// <summary>A run stopped with Ctrl-C says so in the HTML, with the runs it counts (issue 11 §5).</summary>
public sealed class InterruptedNoteTests
{
    [Fact]
    public void An_interrupted_report_says_so_and_counts_only_finished_runs()
    {
        var report = ReportFixture.Build();
        Assert.Equal("", Parley.Reports.Html.InterruptedNote.Html(report));
        var m = report.Metadata;
        var stopped = new RunReport(report.ScenarioTitle, report.Belligerents, report.Hypotheses, report.Sources, report.WithdrawalMapSvg, report.WithdrawalOptions,
            report.AidChannels, new RunMetadata(m.Seed, m.Runs, m.Threads, m.Version, m.Elapsed, m.ScenarioSource) { Interrupted = true, RequestedRuns = 2000 },
            report.EmpiricalSurvival, report.EmpiricalEndings);
        var html = Parley.Reports.Html.InterruptedNote.Html(stopped);
        Assert.Contains("stopped before it finished (Ctrl-C)", html, StringComparison.Ordinal);
        // The fixture's limited-aims has 1,000 runs of endings (its TotalRuns), out of 2,000 asked for.
        Assert.Contains($"of the 2,000 asked for per hypothesis: limited-aims: {report.Hypotheses[0].TotalRuns:N0}", html, StringComparison.Ordinal);
    }
}
