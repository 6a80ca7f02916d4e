using Parley.Application.Explain;
using Parley.Conflict.WarProcess;
using Parley.Domain.Endings;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary><c>--explain RUN</c>: one run told round by round is exactly run RUN of the Monte Carlo with that seed.</summary>
public sealed class RunStoryTests
{
    private const int Runs = 300;

    [Theory]
    [InlineData("limited-aims", 7)]
    [InlineData("unlimited-aims", 7)]
    [InlineData("limited-aims", 11)]
    public void The_explained_run_is_the_Monte_Carlos_run_of_that_index(string hypothesis, ulong seed)
    {
        var model = new ScenarioWarModel(GazaFiles.Scenario.WithHypothesis(hypothesis), hypothesis);
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(Runs, seed, threads: 1));
        var agreementsColumn = IndexOf(model, "agreements");
        foreach (var run in new[] { 0, 3, 17, 99, 250, Runs - 1 })
        {
            var story = RunStory.Tell(model, seed, run);
            var record = result.RecordSpan[run];
            Assert.Equal(record, story.Record);

            var ending = story.Lines[^1];
            Assert.Equal("ending", ending.Kind);
            Assert.Equal(record.Days, ending.Day);
            Assert.Contains(EndingNames.Name(record.Ending), ending.Text);

            var agreements = story.Lines.Where(l => l.Kind == "agreement").ToList();
            Assert.Equal(result.ValuesOf(run)[agreementsColumn], agreements.Count);
            // In the mediated protocol both sides accept the text that becomes an agreement.
            Assert.True(story.Lines.Count(l => l.Kind == "offer" && l.Text.EndsWith("accepts", StringComparison.Ordinal)) >= 2 * agreements.Count);
            Assert.True(story.Lines.Count(l => l.Kind == "talks" && l.Text.StartsWith("talks", StringComparison.Ordinal)) >= agreements.Count);
            if (double.IsNaN(record.AgreementDay))
            {
                Assert.Empty(agreements);
            }
            else
            {
                Assert.Equal(record.AgreementDay, agreements[0].Day);
            }

            var breakdowns = story.Lines.Where(l => l.Kind == "breakdown").ToList();
            if (record.Ending == Ending.CeasefireCollapsed)
            {
                var breaker = record.BrokenBy == Side.A ? model.Parties[0] : model.Parties[1];
                Assert.Equal(breaker, breakdowns[0].Party);
                Assert.Equal(record.AgreementDay + record.CeasefireDays, breakdowns[0].Day);
            }
            else
            {
                Assert.Empty(breakdowns);
            }
            Assert.True(story.Lines.Zip(story.Lines.Skip(1)).All(p => p.First.Round <= p.Second.Round && p.First.Day <= p.Second.Day), "rounds and days in order");
        }
    }

    [Fact]
    public void A_story_names_offers_as_issue_equals_value()
    {
        var model = new ScenarioWarModel(GazaFiles.Scenario.WithHypothesis("limited-aims"), "limited-aims");
        var story = RunStory.Tell(model, 7, 0);
        var offer = story.Lines.First(l => l.Kind == "offer");
        Assert.Contains($"{model.Space.Issues[0].Name} = ", offer.Text);
        Assert.Contains(story.Lines, l => l.Kind == "values");
        Assert.Contains(story.Lines, l => l.Kind == "battle" || l.Kind == "agreement");
    }

    private static int IndexOf(ScenarioWarModel model, string column)
    {
        for (var i = 0; i < model.Columns.Count; i++)
        {
            if (model.Columns[i].Name == column)
            {
                return i;
            }
        }
        throw new InvalidOperationException(column);
    }
}
