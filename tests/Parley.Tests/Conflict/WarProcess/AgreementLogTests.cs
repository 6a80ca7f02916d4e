using Parley.Conflict.WarProcess;
using Parley.Domain.Endings;
using Parley.Simulation;
using Parley.Tests.Scenarios;

namespace Parley.Tests.Conflict.WarProcess;

/// <summary>The long table of agreements: every agreement of every run, consistent with the Monte Carlo's records.</summary>
public sealed class AgreementLogTests
{
    [Theory]
    [InlineData("limited-aims")]
    [InlineData("unlimited-aims")]
    public void Every_runs_agreements_match_its_record(string hypothesis)
    {
        const int runs = 300;
        var model = new ScenarioWarModel(GazaFiles.Scenario.WithHypothesis(hypothesis), hypothesis);
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(runs, seed: 4, threads: 2));
        var rows = AgreementLog.Collect(model, 4, runs);
        var agreementsColumn = result.Columns.Select(c => c.Name).ToList().IndexOf("agreements");
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Run < p.Second.Run || (p.First.Run == p.Second.Run && p.Second.Number == p.First.Number + 1 && p.Second.Day > p.First.Day)));
        for (var run = 0; run < runs; run++)
        {
            var record = result.RecordSpan[run];
            var mine = rows.Where(r => r.Run == run).ToList();
            Assert.Equal(result.ValuesOf(run)[agreementsColumn], mine.Count);
            if (mine.Count == 0)
            {
                Assert.True(double.IsNaN(record.AgreementDay));
                continue;
            }
            Assert.Equal(record.AgreementDay, mine[0].Day);
            Assert.Equal(1, mine[0].Number);
            if (record.Ending == Ending.CeasefireCollapsed)
            {
                Assert.Equal(record.BrokenBy, mine[0].BrokenBy);
                Assert.Equal(record.AgreementDay + record.CeasefireDays, mine[0].BrokenDay);
            }
            else
            {
                Assert.All(mine, r => Assert.Equal(Side.None, r.BrokenBy));
            }
            // Every agreement but the last of a run was broken before the next.
            for (var i = 0; i + 1 < mine.Count; i++)
            {
                Assert.NotEqual(Side.None, mine[i].BrokenBy);
                Assert.True(mine[i].BrokenDay <= mine[i + 1].Day);
            }
        }
    }
}
