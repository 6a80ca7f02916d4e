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
        Assert.Equal(expected, c.Brier, 12);
        Assert.Equal(c.Brier, result.Summary.MeanBrier, 12);
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
    public void A_scenario_without_an_observed_or_a_war_section_is_refused()
    {
        var noObserved = ScenarioReader.Parse(War, "plain.yaml");
        Assert.Throws<ModelException>(() => BacktestRun.Score("plain", noObserved, new BacktestOptions { Runs = 10 }));
        var noWar = ScenarioReader.Parse(War[..War.IndexOf("war:", StringComparison.Ordinal)] + Observed, "peace.yaml");
        var ex = Assert.Throws<ModelException>(() => BacktestRun.Score("peace", noWar, new BacktestOptions { Runs = 10 }));
        Assert.Contains("no war section", ex.Message, StringComparison.Ordinal);
    }
}
