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
    public void Under_limited_aims_talks_fail_at_first_and_succeed_within_months()
    {
        var s = Limited.Value;
        // The talks succeeded in January and October 2025: nearly every run reaches a text.
        Assert.True(s.DaysToAgreement.Count >= 0.9 * Runs, $"{s.DaysToAgreement.Count} runs reached an agreement");
        // From the Doha talks (6 Jul 2025) to the signing (9 Oct 2025): 25 + 31 + 30 + 9 = 95 days.
        // The median first agreement lies within a factor of about three of that: 4 to 20 weeks.
        Assert.InRange(s.DaysToAgreement.Median, 28, 140);
        Assert.True(s.DaysToAgreement.P25 > 0, "a quarter of the runs or more agree at once: the July 2025 talks failed");
    }

    [Fact]
    public void Under_limited_aims_about_a_third_of_first_ceasefires_hold_a_year()
    {
        // ETH/PRIO ceasefires located in Israel: 34% (12.5%-56.4%) still holding after 365 days
        // (parley data ceasefires --filter location=Israel; unverified code readings).
        var year = Limited.Value.CeasefireHolds.Single(p => p.Time == 365).Survival;
        Assert.InRange(year, 0.2, 0.5);
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
        var model = new ScenarioWarModel(GazaFiles.Scenario.WithHypothesis(hypothesis), hypothesis);
        return SimulationSummary.Of(MonteCarloRunner.Run(model, new MonteCarloOptions(Runs, seed: 1)));
    }
}
