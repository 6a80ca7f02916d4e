using System.Collections.Immutable;
using System.Diagnostics;
using Parley.Analysis;
using Parley.Domain.Scenarios;
using Parley.Simulation;
using Parley.Simulation.Summaries;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;

namespace Parley.Application;

/// <summary>The result of running a whole scenario: every hypothesis analysed and simulated.</summary>
/// <param name="Scenario">The scenario (its default hypothesis).</param>
/// <param name="Hypotheses">One entry per hypothesis, in scenario order.</param>
/// <param name="Options">The options used.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Complete">False when the run was interrupted before every hypothesis finished.</param>
public sealed record ScenarioRunResult(Scenario Scenario, ImmutableArray<HypothesisRun> Hypotheses, RunOptions Options, TimeSpan Elapsed, bool Complete);

/// <summary>
/// The main job on one scenario: for each hypothesis, the bargaining analysis and, when the scenario
/// models a war, a Monte Carlo of the war process and the per-round trace for charts.
/// </summary>
public static class ScenarioRun
{
    /// <summary>Runs <paramref name="scenario"/>; <paramref name="onHypothesis"/> is told as each hypothesis starts (for progress display).</summary>
    public static ScenarioRunResult Execute(
        Scenario scenario,
        RunOptions options,
        Action<string, SimulationProgress>? onHypothesis = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var resolved = ScenarioMonteCarlo.Prepare(scenario, options.DataDirectory, options.WhyNoData, options.HorizonDays);
        var runs = new List<HypothesisRun>();
        var complete = true;
        foreach (var name in options.Hypotheses ?? resolved.HypothesisNames)
        {
            var variant = resolved.WithHypothesis(name);
            var description = resolved.Hypotheses.FirstOrDefault(h => h.Name == name)?.Description;
            var analysis = BargainingAnalysis.Analyze(variant.ToProblem());
            if (variant.War is null || !options.Simulate || cancellationToken.IsCancellationRequested)
            {
                // No war to run: a mediated negotiation on the scenario's stated reservation values, like the analysis beside it.
                var negotiation = variant.UnlimitedAims.Any() ? null : Negotiate(variant, options.Seed);
                runs.Add(new HypothesisRun(name, description, variant, analysis, null, null, null, null, negotiation));
                complete &= variant.War is null || !options.Simulate;
                continue;
            }
            var model = ScenarioMonteCarlo.Model(resolved, name);
            var progress = new SimulationProgress();
            onHypothesis?.Invoke(name, progress);
            var monteCarlo = new MonteCarloOptions(options.Runs, options.Seed, options.Threads);
            var result = options.MonteCarlo?.Invoke(name, model, monteCarlo, progress, cancellationToken)
                ?? MonteCarloRunner.Run(model, monteCarlo, progress, cancellationToken);
            complete &= result.IsComplete;
            var trace = model.Trace(options.Seed, Math.Min(options.TraceRuns, Math.Max(1, result.Runs)));
            // The talks shown are those of run 0 of this Monte Carlo: the same engine and the same runs as its numbers.
            var talks = result.Runs > 0 ? FirstTalks.Of(model, options.Seed, 0) : null;
            runs.Add(new HypothesisRun(name, description, variant, analysis, result, result.Runs > 0 ? SimulationSummary.Of(result) : null, trace, model, talks?.Result, talks));
        }
        return new ScenarioRunResult(resolved, [.. runs], options, clock.Elapsed, complete);
    }

    /// <summary>Number of rounds of the mediated negotiation in a run.</summary>
    public const int NegotiationRounds = 50;

    /// <summary>
    /// The mediated single negotiating text: the mediator tables the scenario's first text (or its
    /// own), both sides concede on the Boulware curve towards their current reservation values and
    /// table amendments, and the mediator revises by the Nash rule. With <paramref name="reservations"/>
    /// (from the war process) the reservation values move each round as the war goes on.
    /// </summary>
    public static Negotiation.NegotiationResult Negotiate(Scenario scenario, ulong seed, Negotiation.Reservation.IReservationValues? reservations = null, int rounds = NegotiationRounds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problem = scenario.ToProblem();
        var domain = new Negotiation.NegotiationDomain(problem.Space, problem.PartyNames, problem.Profiles, name: scenario.Title).WithAnalysis();
        var framework = scenario.Texts.IsEmpty ? null : scenario.Texts[0].Complete(scenario.Space, scenario.Defaults);
        var protocol = new Negotiation.Protocols.MediatedTextProtocol(Negotiation.Mediation.MediatorCatalog.Default, framework);
        var strategies = Enumerable.Repeat(Negotiation.Strategies.StrategyCatalog.Get("boulware"), problem.PartyCount).ToList();
        // With a stated patience the strategies concede over the rounds since the talks opened, so
        // when they agree no longer moves with the deadline (which only ends the talks).
        return protocol.Run(domain, strategies, new Negotiation.NegotiationOptions { Deadline = rounds, Seed = seed, Reservations = reservations, Patience = scenario.NegotiationPatience });
    }
}
