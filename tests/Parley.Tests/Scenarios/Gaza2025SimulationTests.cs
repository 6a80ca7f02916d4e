using Parley.Domain.Endings;
using Parley.Conflict.WarProcess;
using Parley.Simulation;
using Parley.Simulation.Summaries;

namespace Parley.Tests.Scenarios;

/// <summary>
/// The calibration targets of the Gaza scenario's war section (docs/scenarios/gaza-2025.md,
/// "Calibration"), checked on a seeded Monte Carlo of 1,000 runs.
/// </summary>
public sealed class Gaza2025SimulationTests
{
    private const int Runs = 1000;

    private static readonly Lazy<SimulationSummary> Limited = new(() => Simulate("limited-aims"));

    private static readonly Lazy<SimulationSummary> Unlimited = new(() => Simulate("unlimited-aims"));

    [Fact]
    public void Under_limited_aims_the_mediated_talks_agree_in_the_round_after_the_first_amendments()
    {
        var s = Limited.Value;
        // The talks succeeded in January and October 2025: nearly every run reaches a text.
        Assert.True(s.DaysToAgreement.Count >= 0.9 * Runs, $"{s.DaysToAgreement.Count} runs reached an agreement");
        // The mechanism, not history: at the stated costs each side's value of fighting on is below
        // the Nash text from the first round, so the range is open; Israel declines the framework
        // text and amends it on day 0, and the mediator's revision on day 7 (the Nash text over the
        // amendments and the disclosed values) clears both. History took 95 days (6 Jul to 9 Oct
        // 2025): this mismatch is written down in docs/validation/gaza-war-process.md, not tuned away.
        Assert.Equal(7, s.DaysToAgreement.Median);
    }

    [Fact]
    public void Under_limited_aims_first_ceasefires_hold_longer_than_the_held_out_Israel_subset()
    {
        // Target, held out of the fit: ETH/PRIO ceasefires located in Israel, Kaplan-Meier 67.2%
        // (44.8-82.1) / 56.0% (32.9-73.9) / 33.6% (12.5-56.4) holding at 30 / 90 / 365 days
        // (unverified code readings).
        // The model (issue 10, section 5): a Weibull baseline fitted to ETH/PRIO without the Israel
        // subset (shape 0.387, 0.348-0.43; 79.3% holding a year), for a written, mediated, guaranteed
        // text (clause effects from CeasefireClauseEffects, x0.387; clauses fixed before the first run),
        // scaled by exp(beta * temptation) per side with the default beta = ln 2 / 0.1. Measured (2,000
        // runs, seed 1): 97.3% (96.5-97.9) / 94.3% (93.2-95.2) / 87.8% (86.2-89.1); before, with the
        // version-1 constant hazard, 98.7 / 95.5 / 81.0%.
        // CALIBRATION NOT MET, and not tuned: at the stated costs each side's value of fighting on lies
        // below its value of the agreed text, so temptation is negative and lowers the data hazard,
        // and the data baseline itself (79% at a year) already holds far longer than the Israel
        // subset, whose bands exclude the model's curve from day 7 on (docs/validation/gaza-war-process.md).
        var s = Limited.Value;
        Assert.InRange(s.CeasefireHoldsAt(30).Survival, 0.95, 0.99);
        Assert.InRange(s.CeasefireHoldsAt(365).Survival, 0.84, 0.92);
        // The held-out Israel curve's upper band at a year (56.4%) lies below the model's.
        Assert.True(s.CeasefireHoldsAt(365).Lower > 0.564);
    }

    [Fact]
    public void The_war_rarely_ends_militarily_within_the_horizon()
    {
        static int Military(SimulationSummary s) =>
            s.Count(Ending.MilitaryVictory) + s.Count(Ending.ExterminationOrExpulsion) + s.Count(Ending.Capitulation) + s.Count(Ending.Withdrawal);
        Assert.True(Military(Limited.Value) < 0.05 * Runs, $"{Military(Limited.Value)} military endings under limited-aims");
        // With no agreement possible, two years of fighting at a battle edge of 0.53 decide the war in a minority of runs.
        var unlimited = Unlimited.Value;
        Assert.Equal(0, unlimited.DaysToAgreement.Count);
        Assert.True(Military(unlimited) < 0.25 * Runs, $"{Military(unlimited)} military endings under unlimited-aims");
        Assert.True(unlimited.Count(Ending.StalemateAtHorizon) > Runs / 2);
    }

    private static SimulationSummary Simulate(string hypothesis)
    {
        var resolved = Parley.Application.HazardFromData.Resolve(GazaFiles.Scenario, Data.SharedData.Directory);
        var model = new ScenarioWarModel(resolved.WithHypothesis(hypothesis), hypothesis);
        return SimulationSummary.Of(MonteCarloRunner.Run(model, new MonteCarloOptions(Runs, seed: 1)));
    }
}
