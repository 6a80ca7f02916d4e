using Parley.Application.Explain;
using Parley.Conflict.Scenarios;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Domain;
using Parley.Domain.Endings;
using Parley.Formats.Scenario;
using Parley.Humanitarian;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>A scenario simulated from the date of one of its texts, and walkouts stated as events (docs/war-process.md).</summary>
public sealed class TextStartTests
{
    private const string January = "January 2025 agreement";

    private static ScenarioWarModel Model(Scenario scenario, string hypothesis = "limited-aims") => new(scenario.WithHypothesis(hypothesis), hypothesis);

    [Fact]
    public void The_text_is_in_force_from_day_0_in_every_run()
    {
        var model = Model(TextStart.Apply(GazaFiles.Scenario, January));
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(200, seed: 2, threads: 1));
        var broken = 0;
        foreach (var r in result.RecordSpan.ToArray())
        {
            // Every run starts agreed: the first agreement is on day 0 and no run ends without one.
            Assert.Equal(0, r.AgreementDay);
            Assert.True(r.Ending is Ending.CeasefireHeld or Ending.NegotiatedSettlement or Ending.CeasefireCollapsed, r.Ending.ToString());
            broken += r.Ending == Ending.CeasefireCollapsed ? 1 : 0;
        }
        Assert.True(broken > 0, "no ceasefire broke: the survival figures would say nothing");
        var agreed = model.Columns.ToList().FindIndex(c => c.Name == "term1");
        var space = model.Space;
        Assert.Equal(space.Issues[0].ParseValue("phased with talks"), (int)result.ValuesOf(0)[agreed]);
    }

    [Fact]
    public void The_story_starts_with_the_text_in_force_and_talks_on_phase_2_due_from_day_16()
    {
        var story = RunStory.Tell(Model(TextStart.Apply(GazaFiles.Scenario, January)), 1, 0);
        var first = story.Lines[0];
        Assert.Equal(("agreement", 0.0), (first.Kind, first.Day));
        Assert.Contains("in force as a ceasefire from day 0", first.Text, StringComparison.Ordinal);
        // Rounds are 7 days: the first round on or after day 16 is day 21, and nothing is talked before it.
        var opened = story.Lines.First(l => l.Text.StartsWith("talks on the next phase open", StringComparison.Ordinal));
        Assert.Contains("due from day 16", opened.Text, StringComparison.Ordinal);
        Assert.Equal(21, opened.Day);
        Assert.DoesNotContain(story.Lines, l => l.Kind is "offer" or "amendment" && l.Day < 16);
    }

    [Fact]
    public void Events_count_from_the_texts_date_and_those_before_it_lose_their_walkouts()
    {
        // From the clock's start (6 Jul 2025) the walkout (24 Jul) is day 18 and the Sharm el-Sheikh talks (9 Oct) day 95.
        var war = GazaFiles.Scenario.War!;
        Assert.Equal([18.0, 95.0], war.Events.Select(e => e.Trigger.Threshold));
        // From 19 Jan 2025: 12 days of January + 28 + 31 + 30 + 31 + 30 + 24 = 186; 186 + 7 + 31 + 30 + 9 = 263.
        var january = TextStart.Apply(GazaFiles.Scenario, January);
        Assert.Equal([186.0, 263.0], january.War!.Events.Select(e => e.Trigger.Threshold));
        Assert.Equal([186.0, 263.0], january.WithHypothesis("israel-resumes").War!.Events.Select(e => e.Trigger.Threshold));
        Assert.Equal(new DateOnly(2025, 1, 19), january.ClockStart);
        // From 9 Oct 2025 the walkout lies in the past and is dropped; the talks of that day reopen on day 0.
        var october = TextStart.Apply(GazaFiles.Scenario, "October 2025 agreement");
        var only = Assert.Single(october.War!.Events);
        Assert.Equal(("talks at Sharm el-Sheikh", 0.0), (only.Name, only.Trigger.Threshold));
    }

    [Fact]
    public void The_war_starts_from_the_texts_situation_and_defaults_to_the_scenarios()
    {
        var gaza = GazaFiles.Scenario;
        var january = TextStart.Apply(gaza, January);
        Assert.Equal(0, january.Humanitarian!.Land.BaselineTrucksPerDay);
        Assert.Equal(AidAdministration.Un, january.Humanitarian.Administration);
        Assert.Equal(16, january.War!.Ceasefire.TalksFromDay);
        Assert.Equal(42, january.War.Ceasefire.PhaseDays);
        // The framework states no situation and no talks_from_day: the war's values, its 60-day truce as phase length.
        var framework = TextStart.Apply(gaza, "framework");
        Assert.Equal(gaza.War!.InitialControl, framework.War!.InitialControl);
        Assert.Equal(gaza.Humanitarian!.Land.BaselineTrucksPerDay, framework.Humanitarian!.Land.BaselineTrucksPerDay);
        Assert.Equal(gaza.Humanitarian.Administration, framework.Humanitarian.Administration);
        Assert.Equal(gaza.War.Ceasefire.TalksFromDay, framework.War.Ceasefire.TalksFromDay);
        Assert.Equal(60, framework.War.Ceasefire.PhaseDays);
        // The scenario itself is unchanged: no text in force.
        Assert.Null(gaza.War.StartText);
        Assert.NotNull(january.War.StartText);
    }

    [Fact]
    public void The_checkpoints_are_the_phase_boundaries_and_the_observed_collapse()
    {
        // 19 Jan to 18 Mar 2025: 12 + 28 + 18 = 58 days.
        var points = TextStart.Checkpoints(GazaFiles.Scenario, January);
        Assert.Equal([(16, "talks on phase 2 open"), (42, "end of phase 1"), (58, "observed collapse, 2025-03-18")], points.Select(p => (p.Day, p.Label)));
        Assert.Equal([60], TextStart.Checkpoints(GazaFiles.Scenario, "framework").Select(p => p.Day));
    }

    [Fact]
    public void A_text_in_force_carries_its_own_clauses_and_the_temptations_its_open_readings_add()
    {
        // The framework's "close to January's lines" is open: each side acts on the reading it prefers and
        // is tempted by what the other's reading costs it (TextHazard.Temptations, computed here independently).
        var scenario = TextStart.Apply(GazaFiles.Scenario, "framework").WithHypothesis("limited-aims");
        var model = new ScenarioWarModel(scenario, "limited-aims");
        var problem = scenario.ToProblem();
        var gap = Parley.Conflict.Texts.TextHazard.Temptations(scenario.Text("framework"), problem.Profiles[0], problem.Profiles[1], scenario.Defaults);
        Assert.True(gap.A > 0 || gap.B > 0, "the framework has an open clause whose readings the sides value differently");
        Assert.Equal(gap, model.StartText!.ReadingGap);
        // The January text's clauses are precise: no gap.
        var january = new ScenarioWarModel(TextStart.Apply(GazaFiles.Scenario, January).WithHypothesis("limited-aims"), "limited-aims");
        Assert.Equal((0.0, 0.0), january.StartText!.ReadingGap);

        // Its own clauses set its hazard ratio: with a (hypothetical) effect halving the hazard of mediated
        // texts and a scenario whose texts are only written and guaranteed, the January text (written,
        // mediated, guaranteed) has ratio 0.5; without estimated effects, 1.
        var started = TextStart.Apply(GazaFiles.Scenario, January).WithHypothesis("limited-aims");
        var war = started.War!;
        var effects = war with
        {
            Ceasefire = war.Ceasefire with
            {
                Clauses = global::Parley.Data.Priors.CeasefireClause.Written | global::Parley.Data.Priors.CeasefireClause.Guarantee,
                ClauseHazardRatio = c => (c & global::Parley.Data.Priors.CeasefireClause.Mediation) != 0 ? 0.5 : 1,
            },
        };
        var withEffects = new ScenarioWarModel(started with { War = effects }, "limited-aims");
        Assert.Equal(0.5, withEffects.StartText!.HazardRatio, 12);
        Assert.Equal(1, january.StartText.HazardRatio);
    }

    [Fact]
    public void A_text_without_a_full_date_or_an_unknown_text_is_refused_with_what_to_do()
    {
        var partial = Assert.Throws<ModelException>(() => TextStart.Apply(GazaFiles.Scenario, "Israeli map July 2025"));
        Assert.Contains("has no full date (2025-07)", partial.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ModelException>(() => TextStart.Apply(GazaFiles.Scenario, "Oslo"));
        Assert.Contains("'January 2025 agreement', 'framework'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_july_walkout_is_told_with_its_reason_and_closes_the_talks_for_the_reopening_delay()
    {
        var walkout = GazaFiles.Scenario.War!.Events[0].Effects.Single();
        Assert.Equal((EffectTarget.Walkout, 0, (double?)null), (walkout.Target, walkout.Side, walkout.ClosedDays));
        var model = Model(GazaFiles.Scenario, "unlimited-aims");
        var story = RunStory.Tell(model, 1, 0);
        // The event fires at the first round on or after day 18 (day 21) and Israel leaves with its reason.
        var fired = story.Lines.Single(l => l.Kind == "event" && l.Text.Contains("July 2025 walkout", StringComparison.Ordinal));
        Assert.Equal(21, fired.Day);
        Assert.Contains("Israel leaves the talks: Hamas's amendments to the mediators' framework", fired.Text, StringComparison.Ordinal);
        var closed = story.Lines.First(l => l.Day == 21 && l.Text.StartsWith("Israel walks out", StringComparison.Ordinal));
        Assert.Contains($"talks closed until day {21 + 28}", closed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_walkout_ends_the_episode_and_talks_reopen_after_its_days()
    {
        // The walkout's own 14 days override the negotiation's 28: no talks between days 35 and 49, an episode opens on day 49.
        var yaml = GazaFiles.YamlWithoutEvents().Replace("\nhypotheses:\n", """

events:
  - name: walkout
    day: 35
    assumption: test
    effects:
      - { target: walkout, side: Hamas, reason: no guarantee, days: { value: 14, assumption: test } }

hypotheses:

""", StringComparison.Ordinal);
        var scenario = ScenarioReader.Parse(yaml, "walkout.yaml");
        var effect = scenario.War!.Events.Single().Effects.Single();
        Assert.Equal((EffectTarget.Walkout, 1, "no guarantee", (double?)14), (effect.Target, effect.Side, effect.Reason, effect.ClosedDays));
        // Under israel-maximal the range stays closed, so the walkout interrupts the first episode of talks.
        var story = RunStory.Tell(Model(scenario, "israel-maximal"), 1, 0);
        Assert.Contains(story.Lines, l => l.Day == 35 && l.Text == "event 'walkout' fired: Hamas leaves the talks: no guarantee");
        Assert.Contains(story.Lines, l => l.Day == 35 && l.Text == "Hamas walks out: talks closed until day 49");
        Assert.DoesNotContain(story.Lines, l => l.Kind is "offer" or "amendment" && l.Day >= 35 && l.Day < 49);
        Assert.Contains(story.Lines, l => l.Day == 49 && l.Text == "talks reopen (episode 2)");
    }

    [Fact]
    public void A_walkouts_days_must_be_a_number_of_days()
    {
        var yaml = GazaFiles.YamlWithoutEvents().Replace("\nhypotheses:\n", """

events:
  - name: walkout
    day: 35
    assumption: test
    effects:
      - { target: walkout, side: Hamas, days: -3 }

hypotheses:

""", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => ScenarioReader.Parse(yaml, "walkout.yaml"));
        Assert.Contains("walkout's days -3", ex.Message, StringComparison.Ordinal);
    }
}
