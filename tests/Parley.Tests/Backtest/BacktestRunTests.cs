using Parley.Application.Backtest;
using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;

namespace Parley.Tests.Backtest;

/// <summary>The backtest runner: one case end to end on a small war, and the cases it refuses.</summary>
public sealed class BacktestRunTests
{
    private static readonly string War = RepoFiles.Read("tests", "Fixtures", "backtest-war.yaml");

    private const string Observed = """
        observed:
          no_agreement_within_days: { value: 200, source: h }
          ending: { value: stalemate, source: h }
        """;

    [Fact]
    public void A_case_is_scored_from_the_same_runs_as_simulate()
    {
        var scenario = ScenarioReader.Parse(War + Observed, "case.yaml");
        var options = new BacktestOptions { Runs = 300, Seed = 4 };
        var result = BacktestRun.Execute([("case", scenario)], options);
        var c = Assert.Single(result.Cases);
        Assert.Equal("base", c.Hypothesis);
        Assert.Equal(300, c.Runs);
        Assert.Equal(364, c.Time.HorizonDays);

        // The same runs as the Monte Carlo of `parley simulate` with that seed.
        var runs = Parley.Application.ScenarioMonteCarlo.Run(scenario, "base", new Parley.Simulation.MonteCarloOptions(300, 4)).RecordSpan.ToArray();
        var agreed = runs.Count(r => !double.IsNaN(r.AgreementDay));
        Assert.Equal(agreed, c.Time.Agreed);
        foreach (var (ending, share) in c.EndingShares)
        {
            Assert.Equal(runs.Count(r => r.Ending == ending) / 300.0, share, 12);
        }
        // Brier against a stalemate: the stalemate share's error plus every other share squared.
        var expected = c.EndingShares.Sum(kv => Math.Pow(kv.Value - (kv.Key == Ending.StalemateAtHorizon ? 1 : 0), 2));
        Assert.Equal(expected, c.Brier!.Value, 12);
        Assert.Equal(c.Brier!.Value, result.Summary.MeanBrier!.Value, 12);
        // History is censored at 200 days: the factor-of-2 check is decided only if 200 >= 2 x median.
        if (c.Time.Median is { } median && 200 >= 2 * median)
        {
            Assert.False(c.WithinFactor2);
        }
        else
        {
            Assert.Null(c.WithinFactor2);
        }
    }

    [Fact]
    public void The_hypothesis_of_the_start_of_the_observed_talks_is_scored_unless_another_is_named()
    {
        // Korea: day 0 is 10 July 1951, which the hypothesis from-july-1951 describes (observed.hypothesis);
        // the scenario's first hypothesis (post-stalin) describes March 1953.
        var korea = ScenarioReader.ReadFile(Parley.Tests.Scenarios.KoreaFiles.Scenario);
        Assert.Equal("post-stalin", korea.HypothesisNames[0]);
        Assert.Equal("from-july-1951", korea.Observed!.Hypothesis);
        Assert.Equal("from-july-1951", BacktestRun.Score("korea", korea, new BacktestOptions { Runs = 4 }).Hypothesis);
        Assert.Equal("post-stalin", BacktestRun.Score("korea", korea, new BacktestOptions { Runs = 4, Hypothesis = "post-stalin" }).Hypothesis);
        // Without observed.hypothesis: the scenario's first.
        Assert.Null(ScenarioReader.Parse(War + Observed, "case.yaml").Observed!.Hypothesis);
    }

    [Fact]
    public void The_observed_text_is_matched_issue_by_issue_in_the_runs_that_agreed()
    {
        var yaml = War + Observed + "\n  agreed_text: { values: { ceasefire: phased, trucks: 400 }, source: h }\n";
        var scenario = ScenarioReader.Parse(yaml, "case.yaml");
        var text = BacktestRun.Score("case", scenario, new BacktestOptions { Runs = 300, Seed = 4 }).Text!;

        // The same runs, counted here from their term columns (ceasefire is issue 1: phased is value index 0; trucks issue 2).
        var result = Parley.Application.ScenarioMonteCarlo.Run(scenario, "base", new Parley.Simulation.MonteCarloOptions(300, 4));
        var columns = result.Columns.Select(c => c.Name).ToList();
        int agreed = 0, phased = 0, trucks = 0, both = 0;
        for (var r = 0; r < 300; r++)
        {
            if (double.IsNaN(result.RecordSpan[r].AgreementDay))
            {
                continue;
            }
            agreed++;
            var v = result.ValuesOf(r);
            var p = v[columns.IndexOf("term1")] == 0;
            var t = v[columns.IndexOf("term2")] == 400;
            phased += p ? 1 : 0;
            trucks += t ? 1 : 0;
            both += p && t ? 1 : 0;
        }
        Assert.True(agreed > 0);
        Assert.Equal(agreed, text.Agreed);
        Assert.Equal(["ceasefire", "trucks"], text.Issues.Select(i => i.Issue).ToArray());
        Assert.Equal(["phased", "400"], text.Issues.Select(i => i.Observed).ToArray());
        Assert.Equal(phased / (double)agreed, text.Issues[0].Share!.Value, 12);
        Assert.Equal(trucks / (double)agreed, text.Issues[1].Share!.Value, 12);
        Assert.Equal(both / (double)agreed, text.Whole!.Value, 12);
    }

    [Fact]
    public void An_observed_ending_left_out_scores_no_brier()
    {
        var yaml = War + "observed:\n  days_to_agreement: { value: 60, source: h }\n";
        var scenario = ScenarioReader.Parse(yaml, "case.yaml");
        Assert.Null(scenario.Observed!.Ending);
        var result = BacktestRun.Execute([("case", scenario)], new BacktestOptions { Runs = 50 });
        Assert.Null(result.Cases[0].Brier);
        Assert.Null(result.Summary.MeanBrier);
    }

    [Fact]
    public void An_observed_hypothesis_the_scenario_lacks_is_an_error_at_its_line()
    {
        var yaml = War + Observed + "\n  hypothesis: july-1951\n";
        var error = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "case.yaml"));
        Assert.Contains("case.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("july-1951", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_an_observed_or_a_war_section_is_refused()
    {
        var noObserved = ScenarioReader.Parse(War, "plain.yaml");
        Assert.Throws<ModelException>(() => BacktestRun.Score("plain", noObserved, new BacktestOptions { Runs = 10 }));
        var noWar = ScenarioReader.Parse(War[..War.IndexOf("war:", StringComparison.Ordinal)] + Observed, "peace.yaml");
        var ex = Assert.Throws<ModelException>(() => BacktestRun.Score("peace", noWar, new BacktestOptions { Runs = 10 }));
        Assert.Contains("no war section", ex.Message, StringComparison.Ordinal);
    }
}
