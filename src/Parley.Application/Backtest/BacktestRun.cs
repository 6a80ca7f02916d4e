using System.Collections.Immutable;
using Parley.Conflict.Scenarios;
using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Simulation;

namespace Parley.Application.Backtest;

/// <summary>
/// <c>parley backtest</c>: runs each scenario that states what history did (its <c>observed:</c>
/// section) through the same Monte Carlo as <c>parley simulate</c>, and scores the engine against
/// history: time to the first agreement (median within a factor of 2, coverage of the 50% and 90%
/// intervals) and the Brier score of the endings. Nothing here knows any case's answer.
/// </summary>
public static class BacktestRun
{
    /// <summary>Runs and scores every case; <paramref name="cases"/> pairs a name with a scenario that has an observed section.</summary>
    public static BacktestResult Execute(IEnumerable<(string Name, Scenario Scenario)> cases, BacktestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        var scored = cases.Select(c => Score(c.Name, c.Scenario, options, cancellationToken)).ToImmutableArray();
        return new BacktestResult(scored, BacktestSummary.Of(scored));
    }

    /// <summary>Runs one case and scores it.</summary>
    public static BacktestCase Score(string name, Scenario scenario, BacktestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var observed = scenario.Observed
            ?? throw new ModelException($"{name}: the scenario has no observed section, so there is nothing to score it against");
        if (scenario.War is null)
        {
            throw new ModelException($"{name}: the scenario has an observed section but no war section: add one to simulate it");
        }
        var resolved = ScenarioMonteCarlo.Prepare(scenario, options.DataDirectory, options.WhyNoData, null);
        // The hypothesis of the situation at the start of the observed talks (observed.hypothesis), unless told otherwise.
        var hypothesis = options.Hypothesis is null or "default" ? observed.Hypothesis ?? resolved.HypothesisNames[0] : options.Hypothesis;
        var result = ScenarioMonteCarlo.Run(resolved, hypothesis, new MonteCarloOptions(options.Runs, options.Seed, options.Threads), null, cancellationToken);
        if (!result.IsComplete)
        {
            throw new OperationCanceledException($"{name}: stopped after {result.Runs} of {options.Runs} runs");
        }
        var scored = Score(name, hypothesis, observed, result, resolved.War!.HorizonDays);
        return observed.AgreedText is { Count: > 0 } text ? scored with { Text = TextMatch.Of(result, resolved.Space, text) } : scored;
    }

    /// <summary>Scores finished runs against <paramref name="observed"/>; runs without an agreement are censored at <paramref name="horizonDays"/> (or at the longest run, if later).</summary>
    public static BacktestCase Score(string name, string hypothesis, ObservedOutcome observed, MonteCarloResult result, double horizonDays)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(result);
        var records = result.RecordSpan.ToArray();
        if (records.Length == 0)
        {
            throw new ModelException($"{name}: no runs to score");
        }
        var horizon = Math.Max(horizonDays, records.Max(r => r.Days));
        var time = TimeToAgreement.Of(records.Select(r => r.AgreementDay), horizon);
        var counts = new int[EndingNames.All.Count];
        foreach (var r in records)
        {
            counts[(int)r.Ending]++;
        }
        var shares = EndingNames.All.Select(e => KeyValuePair.Create(e, counts[(int)e] / (double)records.Length)).ToImmutableArray();
        var (days, censored) = (observed.Days, observed.Censored);
        return new BacktestCase(
            name,
            hypothesis,
            records.Length,
            observed,
            time,
            BacktestScoring.WithinFactor(time.Median, days, censored, horizon),
            BacktestScoring.Inside(time.Interval50, days, censored, horizon),
            BacktestScoring.Inside(time.Interval90, days, censored, horizon),
            observed.Ending is { } ending ? BacktestScoring.Brier(shares.ToDictionary(kv => kv.Key, kv => kv.Value), ending) : null,
            shares);
    }
}
