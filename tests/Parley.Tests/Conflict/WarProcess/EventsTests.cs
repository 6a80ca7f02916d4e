using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;
using Parley.Analysis.DealKillers;
using Parley.Formats.Scenario;
using Parley.Randomness;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>Events, conditions, moving red lines and power-shift schedules in the war process (docs/war-process.md, "Events").</summary>
public sealed class EventsTests
{
    private const int Runs = 300;

    [Fact]
    public void An_event_on_day_D_changes_nothing_before_D()
    {
        const double d = 140;
        var scenario = GazaFiles.WithoutEvents("limited-aims");
        var war = scenario.War!;
        var shock = new WarEvent("offensive", new EventTrigger(TriggerKind.Day, d),
        [
            new EventEffect { Target = EffectTarget.BattleOdds, Shift = 0.2 },
            new EventEffect { Target = EffectTarget.UtilityCost, Side = 1, Scale = 3 },
            new EventEffect { Target = EffectTarget.Belief, Side = 0, Wins = 5 },
            new EventEffect { Target = EffectTarget.CostTolerance, Side = 1, Scale = 0.5 },
        ]);
        var with = new ScenarioWarModel(scenario with { War = war with { Events = [shock] } }, "limited-aims");
        var without = new ScenarioWarModel(scenario, "limited-aims");
        var a = MonteCarloRunner.Run(with, new MonteCarloOptions(Runs, seed: 3, threads: 1));
        var b = MonteCarloRunner.Run(without, new MonteCarloOptions(Runs, seed: 3, threads: 1));
        var changed = 0;
        for (var i = 0; i < Runs; i++)
        {
            Assert.Equal(Censored(b.RecordSpan[i], d), Censored(a.RecordSpan[i], d));
            changed += a.RecordSpan[i] == b.RecordSpan[i] ? 0 : 1;
        }
        Assert.True(changed > 0, "the event changed no run after day D either");
        var ta = with.Trace(seed: 3, runs: 100);
        var tb = without.Trace(seed: 3, runs: 100);
        for (var r = 0; r * war.DaysPerRound < d; r++)
        {
            Assert.Equal(tb.ReservationA[r], ta.ReservationA[r]);
            Assert.Equal(tb.ReservationB[r], ta.ReservationB[r]);
            Assert.Equal(tb.RangeOpen[r], ta.RangeOpen[r]);
            Assert.Equal(tb.AtWar[r], ta.AtWar[r]);
        }
        // Identical for any thread count.
        var parallel = MonteCarloRunner.Run(with, new MonteCarloOptions(Runs, seed: 3, threads: 2));
        Assert.Equal(a.RecordSpan.ToArray(), parallel.RecordSpan.ToArray());
    }

    [Fact]
    public void A_cost_condition_fires_at_the_first_round_after_the_level_is_passed()
    {
        // Hand-made: side A pays exactly 0.001 a day and nobody accepts anything (unlimited aims), so
        // its cumulative cost is 0.007 x rounds fought: 0.049 after 7 rounds, 0.056 after 8.
        var scenario = GazaFiles.Scenario.WithHypothesis("unlimited-aims");
        var war = scenario.War!;
        var sideA = war.Sides[0] with { UtilityCostPerDay = new UncertainRate(0.001, 0), HumanitarianCostWeight = 0, CostTolerance = 10 };
        var condition = new WarEvent("costly", new EventTrigger(TriggerKind.CostAbove, 0.05, 0), [new EventEffect { Target = EffectTarget.Discount, Side = 0, Set = 0.9 }]);
        var model = new ScenarioWarModel(scenario with { War = war with { Sides = [sideA, war.Sides[1]], Events = [condition] } }, "unlimited-aims");
        var column = model.Columns.Count - 1;
        Assert.Equal("event1Day", model.Columns[column].Name);
        var values = new double[model.Columns.Count];
        for (var i = 0; i < 50; i++)
        {
            var random = new CounterRandom(9, (ulong)i);
            var record = model.Run(ref random, values);
            var expected = record.Days > 8 * war.DaysPerRound ? 8 * war.DaysPerRound : double.NaN;
            Assert.Equal(expected, values[column]);
        }
    }

    [Fact]
    public void A_control_condition_fires_when_the_share_first_falls_below_the_threshold()
    {
        // Side A loses every battle (a one-point schedule at odds 0): its control falls one step a battle.
        var scenario = GazaFiles.Scenario.WithHypothesis("unlimited-aims");
        var war = scenario.War! with { PowerSchedule = [new PowerPoint(0, 0)] };
        var threshold = war.InitialControl - (3.5 * war.ControlStepPerBattle * war.BattlesPerRound);
        var condition = new WarEvent("losing", new EventTrigger(TriggerKind.ControlBelow, threshold, 0), [new EventEffect { Target = EffectTarget.Belief, Side = 0, Losses = 2 }]);
        var model = new ScenarioWarModel(scenario with { War = war with { Events = [condition] } }, "unlimited-aims");
        var values = new double[model.Columns.Count];
        var random = new CounterRandom(1, 0);
        model.Run(ref random, values);
        // Below after 4 rounds of battles (3.5 rounds' worth of steps), so it fires as round 4 starts.
        Assert.Equal(4 * war.DaysPerRound, values[^1]);
    }

    [Fact]
    public void A_red_line_relaxing_opens_the_range_the_deal_killer_diagnosis_predicts()
    {
        var korea = ScenarioReader.ReadFile(KoreaFiles.Scenario).WithHypothesis("stalin-line");
        var problem = korea.ToProblem();
        var before = BargainingAnalysis.Analyze(problem);
        Assert.Equal(0, before.BargainingRangeCount);
        var issue = problem.Space.RequireIssue("prisoner repatriation", "test");
        var killer = Assert.Single(before.DealKillers, k => k.Kind == DealKillerKind.RedLine && k.Party == "Communist side" && k.Issue == "prisoner repatriation");
        var relaxed = RedLineRelaxation.Apply(problem, 1, issue, []);
        Assert.Equal(killer.OpensOutcomes, BargainingAnalysis.Analyze(relaxed).BargainingRangeCount);
        Assert.Equal(new[] { problem.Space.Issues[issue].ParseValue(killer.RelaxedValue!) }, RedLineRelaxation.Diagnosed(problem, 1, issue).ToArray());

        // In the war process the relaxed text is on the table from the event on: agreements come after
        // day 604 and carry the value the diagnosis names.
        var model = new ScenarioWarModel(korea, "stalin-line");
        var values = new double[model.Columns.Count];
        var term = model.Columns.ToList().FindIndex(c => c.Name == $"term{issue + 1}");
        for (var i = 0; i < 20; i++)
        {
            var random = new CounterRandom(4, (ulong)i);
            var record = model.Run(ref random, values);
            Assert.True(record.AgreementDay >= 604, $"run {i} agreed on day {record.AgreementDay}, before the red line moved");
            Assert.Equal(problem.Space.Issues[issue].NumericValue(problem.Space.Issues[issue].ParseValue(killer.RelaxedValue!)), values[term]);
        }
    }

    [Fact]
    public void A_reservation_raised_above_every_text_stops_agreements_from_its_day()
    {
        const double d = 70;
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims");
        var demand = new WarEvent("patron-pressure", new EventTrigger(TriggerKind.Day, d), [new EventEffect { Target = EffectTarget.Reservation, Side = 0, Set = 1.01 }]);
        var result = MonteCarloRunner.Run(new ScenarioWarModel(scenario with { War = scenario.War! with { Events = [demand] } }, "limited-aims"), new MonteCarloOptions(Runs, seed: 6));
        Assert.All(result.RecordSpan.ToArray(), r => Assert.False(r.AgreementDay >= d, $"agreed on day {r.AgreementDay}, after side A's reservation rose above every text"));
    }

    [Fact]
    public void A_power_schedule_with_one_point_equals_the_constant_setting()
    {
        var scenario = GazaFiles.Scenario.WithHypothesis("limited-aims");
        var constant = scenario.War! with { BattleWinProbability = 0.62, PowerShiftPerRound = 0 };
        var scheduled = scenario.War! with { BattleWinProbability = 0.1, PowerShiftPerRound = 0.01, PowerSchedule = [new PowerPoint(0, 0.62)] };
        var a = MonteCarloRunner.Run(new ScenarioWarModel(scenario with { War = constant }, "limited-aims"), new MonteCarloOptions(Runs, seed: 8));
        var b = MonteCarloRunner.Run(new ScenarioWarModel(scenario with { War = scheduled }, "limited-aims"), new MonteCarloOptions(Runs, seed: 8));
        Assert.Equal(a.RecordSpan.ToArray(), b.RecordSpan.ToArray());
    }

    [Fact]
    public void A_schedule_interpolates_between_its_points()
    {
        ImmutableArray<PowerPoint> points = [new(0, 0.5), new(100, 0.7), new(200, 0.3)];
        Assert.Equal(0.5, PowerSchedule.At(points, -5));
        Assert.Equal(0.6, PowerSchedule.At(points, 50), 12);
        Assert.Equal(0.5, PowerSchedule.At(points, 150), 12);
        Assert.Equal(0.3, PowerSchedule.At(points, 999));
    }

    [Theory]
    [InlineData("      - target: morale\n        side: Israel\n        shift: 1\n", "unknown event target 'morale'", 0)]
    [InlineData("      - target: cost_tolerance\n        side: Egypt\n        scale: 2\n", "unknown event target side 'Egypt'", 1)]
    public void The_reader_rejects_an_unknown_event_target_with_line_and_column(string effect, string message, int lineOffset)
    {
        var yaml = GazaFiles.YamlWithoutEvents();
        var head = yaml.TrimEnd('\n') + "\nevents:\n  - name: bad\n    day: 10\n    effects:\n";
        var expectedLine = head.Count(c => c == '\n') + 1 + lineOffset;
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(head + effect, "bad.yaml"));
        Assert.Contains(message, ex.Problem, StringComparison.Ordinal);
        Assert.Equal(expectedLine, ex.Line);
        Assert.NotNull(ex.Column);
    }

    [Fact]
    public void A_hypothesis_can_change_war_settings_and_events()
    {
        const string hypothesis = """
              - name: hard-war
                war:
                  sides:
                    UNC:
                      cost_tolerance: { value: 3, assumption: a test }
                  battle_win_probability: { value: 0.6, assumption: a test }
                  events: []

            """;
        var yaml = File.ReadAllText(KoreaFiles.Scenario);
        var at = yaml.IndexOf("\n# Events of the war process", StringComparison.Ordinal);
        Assert.True(at > 0, "the Korea file's events comment moved: find another place for the test hypothesis");
        var scenario = ScenarioReader.Parse(yaml[..(at + 1)] + hypothesis + yaml[(at + 1)..], "korea-test.yaml");
        var hard = Horizon.Override(scenario, 2000).WithHypothesis("hard-war").War!;
        Assert.Equal(3, hard.Sides[0].CostTolerance);
        Assert.Equal(scenario.War!.Sides[0].UtilityCostPerDay, hard.Sides[0].UtilityCostPerDay);
        Assert.Equal(scenario.War!.Sides[1], hard.Sides[1]);
        Assert.Equal(0.6, hard.BattleWinProbability);
        Assert.Empty(hard.Events);
        Assert.Equal(2000, hard.HorizonDays);
        // Switching back resets them; the default hypothesis keeps the scenario's.
        var back = scenario.WithHypothesis("hard-war").WithHypothesis("stalin-line").War!;
        Assert.Equal(1.5, back.Sides[0].CostTolerance);
        Assert.Equal(2, back.Events.Length);
        Assert.Equal(0.5, back.BattleWinProbability);
        Assert.Contains(scenario.CitedValues, c => c.Path == "hypotheses/hard-war/war/sides/UNC/cost_tolerance" && c.Value == 3 && c.Citation is not null);
    }

    [Fact]
    public void Version_1_files_load_with_no_events_and_no_schedule()
    {
        var scenario = ScenarioReader.Parse(GazaFiles.YamlWithoutEvents(), "no-events.yaml");
        Assert.Empty(scenario.War!.Events);
        Assert.Empty(scenario.War!.PowerSchedule);
    }

    private static string Censored(RunRecord r, double d)
    {
        var agreed = r.AgreementDay < d ? $"agreed day {r.AgreementDay}" : "no agreement yet";
        var broke = r.Ending == Parley.Domain.Endings.Ending.CeasefireCollapsed && r.AgreementDay + r.CeasefireDays < d ? $"broken by {r.BrokenBy} after {r.CeasefireDays}" : "";
        var ended = r.Days < d ? $"ended {r.Ending} {r.FollowedBy} {r.Prevailing} day {r.Days} casualties {r.CasualtiesA}/{r.CasualtiesB}" : "going on";
        return $"{agreed}; {broke}; {ended}";
    }
}
