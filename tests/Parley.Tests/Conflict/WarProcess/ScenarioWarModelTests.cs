using Parley.Domain.Endings;
using Parley.Conflict.WarProcess;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Parley.Application;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The war process of a scenario: hand-computed reservation values, war aims, comparative statics, determinism.</summary>
public sealed class ScenarioWarModelTests
{
    private const string Yaml = """
        parley: 1
        metadata: { title: war test }
        issues:
          - { name: ceasefire, type: discrete, options: [phased, permanent, resume] }
          - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
        parties:
          - name: A
            role: belligerent
            weights: { ceasefire: 1, trucks: 1 }
            values: { ceasefire: { table: { phased: 0.5, permanent: 0, resume: 1 } }, trucks: { linear: { worst: 600, best: 200 } } }
          - name: B
            role: belligerent
            weights: { ceasefire: 1, trucks: 1 }
            values: { ceasefire: { table: { phased: 0.5, permanent: 1, resume: 0 } }, trucks: { linear: { worst: 200, best: 600 } } }
        negotiation: { permanence_issue: ceasefire, permanent_values: [permanent] }
        hypotheses:
          - name: limited
          - name: unlimited
            parties: { A: { war_aim: { kind: unlimited, goal: expulsion } } }
        war:
          horizon_days: 728
          battles_per_round: 2
          battle_win_probability: 0.6
          initial_control: 0.6
          control_step: 0.05
          sides:
            A: { prior: { wins: 9, losses: 1 }, victory_control: 0.9, cost_tolerance: 3, utility_cost_per_day: COSTA, resume_temptation: TEMPT, combatant_deaths_per_day: { value: 2, sd: 1 } }
            B: { prior: { wins: 6, losses: 4 }, victory_control: 0.9, cost_tolerance: 3, utility_cost_per_day: COSTB, civilian_deaths_per_day: 60 }
          ceasefire: { phase_days: 42, guarantee_reduction: GUARANTEE, base_hazard_per_day: HAZARD, temptation_hazard_per_day: 0.02 }
        """;

    private static ScenarioWarModel Model(string hypothesis = "limited", double guarantee = 0.0, double hazard = 0.002, double cost = 0.002, double temptation = 0, string priorB = "{ wins: 6, losses: 4 }")
    {
        var c = cost.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var yaml = Yaml.Replace("COSTA", c, StringComparison.Ordinal).Replace("COSTB", c, StringComparison.Ordinal).Replace("TEMPT", temptation.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("GUARANTEE", guarantee.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("HAZARD", hazard.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        yaml = yaml.Replace("prior: { wins: 6, losses: 4 }", "prior: " + priorB, StringComparison.Ordinal);
        var scenario = ScenarioReader.Parse(yaml, "war.yaml");
        return new ScenarioWarModel(scenario.WithHypothesis(hypothesis), hypothesis);
    }

    [Fact]
    public void First_round_reservation_values_are_the_gamblers_ruin_win_probabilities_averaged_over_each_sides_belief()
    {
        // Control runs from 1 - 0.9 = 0.1 (B wins) to 0.9 (A wins) in steps of 0.05: n = 16 steps;
        // start 0.6 is k = 10 steps above B's line. With no costs and no discount a side fights to a
        // military end, and its value is its chance of winning averaged over its Beta belief (not
        // the chance at the belief's mean):
        // A: Beta(9, 1) over its battle odds, from k = 10 of 16; B: Beta(6, 4) over its own, from 16 - 10 = 6.
        var trace = Model(cost: 0).Trace(seed: 1, runs: 1);
        Assert.Equal(FightingValueTableTests.BetaAveragedRuin(9, 1, 10, 16), trace.ReservationA[0], 6);
        Assert.Equal(FightingValueTableTests.BetaAveragedRuin(6, 4, 6, 16), trace.ReservationB[0], 6);
        // Plugging in the means would have given more to each side (the value is convex-concave in θ
        // here; at the mean 0.9 A's chance is 1 - (1/9)^10 / ... > 0.99999).
        var plugInA = (1 - Math.Pow(1.0 / 9, 10)) / (1 - Math.Pow(1.0 / 9, 16));
        Assert.True(trace.ReservationA[0] < plugInA);
    }

    [Fact]
    public void The_war_process_drives_the_negotiation_engines_moving_reservation_values()
    {
        var trace = Model().Trace(seed: 3, runs: 20);
        var script = trace.ToReservationScript();
        Span<double> r = stackalloc double[2];
        script.Update(1, r);
        Assert.Equal(trace.ReservationA[0], r[0]);
        Assert.Equal(trace.ReservationB[0], r[1]);
        script.Update(5, r);
        Assert.Equal(trace.ReservationA[4], r[0]);
        Assert.Equal(trace.ReservationB[4], r[1]);
        Assert.Equal(trace.Rounds, script.Rows.Length);
    }

    [Fact]
    public void Mutual_optimism_delays_agreement_by_itself()
    {
        // A believes it wins 9 battles in 10. B's prior is private: when it is the mirror of A's
        // (it believes it wins 1 in 10), A's belief is centred on the truth, A's first offer is
        // taken and the runs agree at once or nearly; when B too is optimistic (6 in 10), A's first
        // offers ask too much, B refuses, A rules out the pessimistic types and offers more while
        // the battles pull both beliefs together: agreement comes later.
        static double MeanDay(ScenarioWarModel model)
        {
            var result = MonteCarloRunner.Run(model, new MonteCarloOptions(400, 9, 1));
            var days = result.RecordSpan.ToArray().Where(r => !double.IsNaN(r.AgreementDay)).Select(r => r.AgreementDay).ToList();
            Assert.True(days.Count > 100, $"{days.Count} runs agreed");
            return days.Average();
        }
        var optimistic = MeanDay(Model());
        var mirror = MeanDay(Model(priorB: "{ wins: 1, losses: 9 }"));
        Assert.True(optimistic > mirror, $"{optimistic} vs {mirror}");
    }

    [Fact]
    public void An_unlimited_aim_ends_runs_only_militarily_or_at_the_horizon()
    {
        var result = MonteCarloRunner.Run(Model("unlimited"), new MonteCarloOptions(400, 7, 1));
        foreach (var record in result.RecordSpan)
        {
            Assert.False(EndingNames.IsAgreement(record.Ending), $"run ended in {record.Ending}");
        }
        // The ending says what the model produced (A reached its victory threshold), whatever the aim.
        Assert.Contains(result.RecordSpan.ToArray(), r => r.Ending == Ending.MilitaryVictory && r.Prevailing == Side.A);
        Assert.DoesNotContain(result.RecordSpan.ToArray(), r => r.Ending == Ending.ExterminationOrExpulsion);
    }

    [Fact]
    public void Guarantees_make_ceasefires_last_longer()
    {
        static double MeanHeld(MonteCarloResult r) => r.RecordSpan.ToArray().Where(x => !double.IsNaN(x.CeasefireDays)).Average(x => x.CeasefireDays);
        // A standing gain from resuming gives A a temptation during the truce, which guarantees lower.
        // (The value of fighting on does not move while the truce holds: no battles, no costs.)
        var without = MonteCarloRunner.Run(Model(guarantee: 0.0, temptation: 0.3), new MonteCarloOptions(600, 3, 2));
        var with = MonteCarloRunner.Run(Model(guarantee: 0.3, temptation: 0.3), new MonteCarloOptions(600, 3, 2));
        Assert.True(MeanHeld(with) > MeanHeld(without), $"{MeanHeld(with)} vs {MeanHeld(without)}");
    }

    [Fact]
    public void A_higher_baseline_hazard_gives_shorter_ceasefires()
    {
        static double MeanHeld(MonteCarloResult r) => r.RecordSpan.ToArray().Where(x => !double.IsNaN(x.CeasefireDays)).Average(x => x.CeasefireDays);
        var low = MonteCarloRunner.Run(Model(hazard: 0.001), new MonteCarloOptions(600, 3, 2));
        var high = MonteCarloRunner.Run(Model(hazard: 0.05), new MonteCarloOptions(600, 3, 2));
        Assert.True(MeanHeld(high) < MeanHeld(low), $"{MeanHeld(high)} vs {MeanHeld(low)}");
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var one = MonteCarloRunner.Run(Model(), new MonteCarloOptions(300, 11, 1));
        var four = MonteCarloRunner.Run(Model(), new MonteCarloOptions(300, 11, 4));
        Assert.Equal(one.RecordSpan.ToArray(), four.RecordSpan.ToArray());
        for (var i = 0; i < one.Runs; i++)
        {
            Assert.Equal(one.ValuesOf(i).ToArray(), four.ValuesOf(i).ToArray());
        }
    }

    [Fact]
    public void Casualties_accumulate_at_the_stated_rates_while_fighting()
    {
        // B's civilian deaths have no spread: 60 a day for every day of fighting.
        var result = MonteCarloRunner.Run(Model("unlimited"), new MonteCarloOptions(50, 5, 1));
        var column = result.Columns.ToList().FindIndex(c => c.Name == "civilianDeathsB");
        for (var i = 0; i < result.Runs; i++)
        {
            var record = result.RecordSpan[i];
            Assert.Equal(60 * 7 * record.Rounds, result.ValuesOf(i)[column], 6);
        }
    }
}

/// <summary>A scenario's ceasefire hazard estimated from the ETH/PRIO record in ../shared/datasets.</summary>
public sealed class HazardFromDataTests
{
    [Fact]
    public void A_from_data_hazard_is_replaced_by_the_estimate_and_its_source_is_stated()
    {
        const string yaml = """
            parley: 1
            metadata: { title: from data }
            issues:
              - { name: trucks, type: integer, min: 200, max: 600, step: 200 }
            parties:
              - { name: A, role: belligerent, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 600, best: 200 } } } }
              - { name: B, role: belligerent, weights: { trucks: 1 }, values: { trucks: { linear: { worst: 200, best: 600 } } } }
            war:
              initial_control: 0.5
              sides: { A: {}, B: {} }
              ceasefire: { base_hazard_per_day: { from_data: { dataset: eth-prio, filter: "written=1" } } }
            """;
        var scenario = Parley.Formats.Scenario.ScenarioReader.Parse(yaml, "fd.yaml");
        var stated = scenario.War!.Ceasefire.BaseHazardPerDay;
        var resolved = HazardFromData.Resolve(scenario, Data.SharedData.Directory).War!.Ceasefire;
        Assert.NotEqual(stated, resolved.BaseHazardPerDay);
        Assert.InRange(resolved.BaseHazardPerDay, 1e-6, 0.5);
        Assert.Contains("eth-prio", resolved.HazardSource);
        Assert.Contains("CI", resolved.HazardSource);
        Assert.Contains("written", resolved.HazardSource);
    }
}
