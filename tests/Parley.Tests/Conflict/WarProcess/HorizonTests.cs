using Parley.Domain.Endings;
using Parley.Conflict.WarProcess;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The horizon only truncates what is reported: with the same seed, everything before day D is the same for any horizon of at least D.</summary>
public sealed class HorizonTests
{
    private const int Runs = 400;

    [Theory]
    [InlineData("limited-aims", 730, 1460)]
    [InlineData("limited-aims", 365, 3650)]
    [InlineData("unlimited-aims", 730, 1460)]
    public void Everything_before_day_D_is_the_same_for_any_longer_horizon(string hypothesis, double d, double longer)
    {
        var scenario = GazaFiles.Scenario.WithHypothesis(hypothesis);
        var shortRun = MonteCarloRunner.Run(new ScenarioWarModel(Horizon.Override(scenario, d), hypothesis), new MonteCarloOptions(Runs, seed: 5, threads: 1));
        var longRun = MonteCarloRunner.Run(new ScenarioWarModel(Horizon.Override(scenario, longer), hypothesis), new MonteCarloOptions(Runs, seed: 5, threads: 1));
        for (var i = 0; i < Runs; i++)
        {
            Assert.Equal(Censored(shortRun.RecordSpan[i], d), Censored(longRun.RecordSpan[i], d));
        }
    }

    [Fact]
    public void Reservation_values_round_by_round_do_not_depend_on_the_horizon()
    {
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims");
        var shortTrace = new ScenarioWarModel(Horizon.Override(scenario, 730), "limited-aims").Trace(seed: 2, runs: 100);
        var longTrace = new ScenarioWarModel(Horizon.Override(scenario, 3650), "limited-aims").Trace(seed: 2, runs: 100);
        // Every round that starts before day 730.
        for (var r = 0; r * 7 < 730; r++)
        {
            Assert.Equal(shortTrace.ReservationA[r], longTrace.ReservationA[r]);
            Assert.Equal(shortTrace.ReservationB[r], longTrace.ReservationB[r]);
            Assert.Equal(shortTrace.RangeOpen[r], longTrace.RangeOpen[r]);
            Assert.Equal(shortTrace.AtWar[r], longTrace.AtWar[r]);
        }
    }

    [Fact]
    public void The_command_line_horizon_overrides_the_scenarios()
    {
        var scenario = Horizon.Override(GazaFiles.Scenario, 1460);
        Assert.Equal(1460, scenario.War!.HorizonDays);
        Assert.Same(GazaFiles.Scenario, Horizon.Override(GazaFiles.Scenario, null));
        Assert.Throws<Parley.Domain.ModelException>(() => Horizon.Override(GazaFiles.Scenario, 3));
    }

    /// <summary>What an observer who stops watching on day <paramref name="d"/> knows of a run.</summary>
    internal static string Censored(RunRecord r, double d)
    {
        var agreed = r.AgreementDay < d ? $"agreed day {r.AgreementDay}" : "no agreement yet";
        var broke = r.Ending == Ending.CeasefireCollapsed && r.AgreementDay + r.CeasefireDays < d
            ? $"broken by {r.BrokenBy} after {r.CeasefireDays} days"
            : "";
        var decided = r.Days < d && r.Ending != Ending.StalemateAtHorizon && !(EndingNames.IsAgreement(r.Ending) && r.Ending != Ending.CeasefireCollapsed)
            ? $"ended {r.FollowedBy ?? r.Ending} for {r.Prevailing} on day {r.Days} after {r.Rounds} rounds, casualties {r.CasualtiesA}/{r.CasualtiesB}"
            : "going on";
        return $"{agreed}; {broke}; {decided}";
    }
}
