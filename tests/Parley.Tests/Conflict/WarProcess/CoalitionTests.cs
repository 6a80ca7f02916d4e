using Parley.Conflict.WarProcess;
using Parley.Formats.Scenario;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>Coalition members with a veto over their side's acceptance (docs/war-process.md, "Coalitions").</summary>
public sealed class CoalitionTests
{
    private const int Runs = 300;

    private static string WithAlly(string reservation, bool acceptsNothing = false) =>
        GazaFiles.YamlWithoutEvents().Replace("\n  - name: Qatar\n", $$"""

  - name: Junior ally
    role: ally
    ally_of: Hamas
    assumption: test party
    reservation: { value: {{reservation}}, assumption: test }
    weights: { ceasefire permanence: 1 }
    values:
      ceasefire permanence: { table: { permanent end: 1.0, phased with talks: 0.0, right to resume: 0.0 } }
{{(acceptsNothing ? "    red_lines:\n      - { issue: ceasefire permanence, forbid: [permanent end], assumption: test }\n" : "")}}
  - name: Qatar

""", StringComparison.Ordinal);

    [Fact]
    public void An_ally_that_vetoes_every_text_without_a_permanent_end_keeps_its_side_from_accepting_one()
    {
        var without = new ScenarioWarModel(GazaFiles.Scenario.WithHypothesis("limited-aims"), "limited-aims");
        var allied = ScenarioReader.Parse(WithAlly("0.5"), "ally.yaml").WithHypothesis("limited-aims");
        var with = new ScenarioWarModel(allied, "limited-aims");
        var a = MonteCarloRunner.Run(with, new MonteCarloOptions(Runs, seed: 4, threads: 1));
        var b = MonteCarloRunner.Run(without, new MonteCarloOptions(Runs, seed: 4, threads: 1));
        var permanence = allied.Space.RequireIssue("ceasefire permanence", "test");
        var permanentEnd = allied.Space.Issues[permanence].NumericValue(allied.Space.Issues[permanence].ParseValue("permanent end"));
        var term = with.Columns.ToList().FindIndex(c => c.Name == $"term{permanence + 1}");
        var agreedWithout = 0;
        for (var i = 0; i < Runs; i++)
        {
            var agreed = a.ValuesOf(i)[term];
            Assert.True(double.IsNaN(agreed) || agreed == permanentEnd, $"run {i} agreed a text the ally vetoes");
            agreedWithout += double.IsNaN(b.ValuesOf(i)[term]) || b.ValuesOf(i)[term] == permanentEnd ? 0 : 1;
        }
        Assert.True(agreedWithout > 0, "without the ally no run agreed a text without a permanent end: the test checks nothing");
    }

    [Fact]
    public void An_ally_with_a_reservation_it_never_gets_is_told_in_the_story()
    {
        var allied = ScenarioReader.Parse(WithAlly("0.5"), "ally.yaml").WithHypothesis("limited-aims");
        var model = new ScenarioWarModel(allied, "limited-aims");
        var story = Parley.Application.Explain.RunStory.Tell(model, 4, 0);
        Assert.Contains(story.Lines, l => l.Text.Contains("Junior ally vetoes Hamas's acceptance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_walkout_closes_the_talks_for_the_stated_delay_and_a_reopen_talks_event_reopens_them()
    {
        // The ally accepts nothing (its red line forbids the only text worth its reservation), so Hamas
        // walks out the first time it would accept; talks then stay closed for reopen_after_days (28, the default).
        var closed = ScenarioReader.Parse(WithAlly("0.5", acceptsNothing: true), "ally.yaml").WithHypothesis("limited-aims");
        var story = Parley.Application.Explain.RunStory.Tell(new ScenarioWarModel(closed, "limited-aims"), 4, 0);
        var walkout = story.Lines.First(l => l.Kind == "walkout");
        var reopened = story.Lines.First(l => l.Kind == "talks" && l.Text.StartsWith("talks reopen", StringComparison.Ordinal));
        Assert.Equal(walkout.Day + 28, reopened.Day, 1e-9);

        // An event on the day after the walkout reopens them at the next round.
        var yaml = WithAlly("0.5", acceptsNothing: true) + $$"""

events:
  - name: mediators' new initiative
    day: {{walkout.Day + 1}}
    effects:
      - { target: reopen_talks, assumption: test }
""";
        var early = ScenarioReader.Parse(yaml, "ally.yaml").WithHypothesis("limited-aims");
        var story2 = Parley.Application.Explain.RunStory.Tell(new ScenarioWarModel(early, "limited-aims"), 4, 0);
        var reopenedEarly = story2.Lines.First(l => l.Kind == "talks" && l.Text.StartsWith("talks reopen", StringComparison.Ordinal));
        Assert.Equal(walkout.Day + 7, reopenedEarly.Day, 1e-9);
    }

    [Fact]
    public void The_long_table_of_agreements_counts_the_vetoes_before_each_agreement()
    {
        // An ally that wants at least 680 trucks a day (its value 0.8 on a line from 200 to 800): it vetoes the 600 of the framework.
        var yaml = WithAlly("0.8")
            .Replace("weights: { ceasefire permanence: 1 }", "weights: { aid trucks per day: 1 }", StringComparison.Ordinal)
            .Replace("ceasefire permanence: { table: { permanent end: 1.0, phased with talks: 0.0, right to resume: 0.0 } }", "aid trucks per day: { piecewise: [[200, 0.0], [800, 1.0]] }", StringComparison.Ordinal);
        var allied = ScenarioReader.Parse(yaml, "ally.yaml").WithHypothesis("limited-aims");
        var model = new ScenarioWarModel(allied, "limited-aims");
        var rows = AgreementLog.Collect(model, 4, 20);
        Assert.NotEmpty(rows);
        // Each row's vetoes equal the veto lines of its run's story between the previous agreement and this one.
        foreach (var run in rows.Select(r => r.Run).Distinct())
        {
            var story = Parley.Application.Explain.RunStory.Tell(model, 4, run);
            var counted = new List<int>();
            var vetoes = 0;
            foreach (var line in story.Lines)
            {
                if (line.Text.Contains(" vetoes ", StringComparison.Ordinal))
                {
                    vetoes++;
                }
                else if (line.Kind == "agreement")
                {
                    counted.Add(vetoes);
                    vetoes = 0;
                }
            }
            Assert.Equal(counted, rows.Where(r => r.Run == run).Select(r => r.Vetoes));
        }
        Assert.Contains(rows, r => r.Vetoes > 0);
    }

    [Fact]
    public void An_ally_must_name_a_belligerent()
    {
        var yaml = WithAlly("0.5").Replace("ally_of: Hamas", "ally_of: Qatar", StringComparison.Ordinal);
        var error = Assert.Throws<Parley.Domain.InputException>(() => ScenarioReader.Parse(yaml, "ally.yaml"));
        Assert.Contains("not a belligerent", error.Message, StringComparison.Ordinal);
    }
}
