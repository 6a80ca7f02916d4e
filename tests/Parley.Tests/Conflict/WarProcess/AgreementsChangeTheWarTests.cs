using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>Terms that set what happens if fighting resumes: events triggered by a broken agreement (docs/war-process.md, "Events").</summary>
public sealed class AgreementsChangeTheWarTests
{
    private const int Runs = 400;

    [Fact]
    public void An_event_after_a_broken_ceasefire_fires_in_exactly_the_runs_whose_ceasefire_broke_and_changes_nothing_before()
    {
        var scenario = GazaFiles.WithoutEvents("limited-aims");
        var war = scenario.War!;
        // If fighting resumes, side A wins every battle (a patron's troops gone from B's side, say).
        var resumed = new WarEvent("patron leaves", new EventTrigger(TriggerKind.AgreementBroken, 0), [new EventEffect { Target = EffectTarget.BattleOdds, Shift = 1 }]);
        var with = new ScenarioWarModel(scenario with { War = war with { Events = [resumed] } }, "limited-aims");
        var without = new ScenarioWarModel(scenario, "limited-aims");
        var a = MonteCarloRunner.Run(with, new MonteCarloOptions(Runs, seed: 9, threads: 1));
        var b = MonteCarloRunner.Run(without, new MonteCarloOptions(Runs, seed: 9, threads: 1));
        var column = with.Columns.ToList().FindIndex(c => c.Name == "event1Day");
        var broke = 0;
        for (var i = 0; i < Runs; i++)
        {
            var before = b.RecordSpan[i];
            var fired = a.ValuesOf(i)[column];
            if (before.BrokenBy == Side.None)
            {
                // No ceasefire broke: the event never fires and the run is the same.
                Assert.True(double.IsNaN(fired));
                Assert.Equal(before, a.RecordSpan[i]);
                continue;
            }
            broke++;
            // It fires at the start of the first round after the breakdown, and the first ceasefire is the same.
            var brokeOn = before.AgreementDay + before.CeasefireDays;
            Assert.InRange(fired, brokeOn, brokeOn + war.DaysPerRound);
            Assert.Equal(before.AgreementDay, a.RecordSpan[i].AgreementDay);
            Assert.Equal(before.CeasefireDays, a.RecordSpan[i].CeasefireDays);
        }
        Assert.True(broke > 0, "no ceasefire broke in these runs: the test checks nothing");
    }

    [Fact]
    public void After_breakdown_is_read_with_an_issue_and_a_value()
    {
        var yaml = GazaFiles.YamlWithoutEvents() + """

events:
  - name: buffer lapses
    after_breakdown: { issue: withdrawal line, value: 700 m }
    effects:
      - { side: Israel, target: utility_cost_per_day, scale: 2, assumption: test }
""";
        var scenario = ScenarioReader.Parse(yaml, "test.yaml");
        var trigger = scenario.War!.Events.Single(e => e.Name == "buffer lapses").Trigger;
        Assert.Equal(TriggerKind.AgreementBroken, trigger.Kind);
        Assert.Equal("withdrawal line", scenario.Space.Issues[trigger.Issue].Name);
        Assert.Equal("700 m", scenario.Space.Issues[trigger.Issue].FormatValue(trigger.Value));
    }
}
