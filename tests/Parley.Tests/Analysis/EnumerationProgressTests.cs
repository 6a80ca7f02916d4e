using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Tests.Analysis;

/// <summary>Issue 12, §1: a long enumeration reports its progress and stops when asked.</summary>
public sealed class EnumerationProgressTests
{
    /// <summary>Seven issues of eight options (2,097,152 outcomes) and a cross-issue term, so the analysis must enumerate.</summary>
    private static BargainingProblem CrossIssueProblem()
    {
        var issues = Enumerable.Range(0, 7).Select(i => (Issue)new IntegerIssue($"i{i}", 0, 7)).ToList();
        var space = new OutcomeSpace(issues);
        PreferenceProfile Profile(string name, bool rising, bool interaction) => new(space,
            [.. issues.Select(_ => 1.0)],
            [.. issues.Select(_ => (ValueFunction?)new LinearValueFunction(rising ? 1 / 7.0 : -1 / 7.0, rising ? 0 : 1))],
            0.2,
            interactions: interaction ? [new InteractionTerm([new IssueCondition(space, 0, [0]), new IssueCondition(space, 1, [0])], 0.1)] : [],
            name: name);
        return new BargainingProblem(space, ["A", "B"], [Profile("A", true, true), Profile("B", false, false)]);
    }

    [Fact]
    public void Progress_is_reported_up_to_the_total_work()
    {
        var problem = CrossIssueProblem();
        Assert.False(problem.IsAdditive);
        var reports = new List<(long Done, long Total)>();
        BargainingAnalysis.Analyze(problem, new AnalysisOptions { DiagnoseDealKillers = false, EnumerationProgress = (d, t) => reports.Add((d, t)) });
        Assert.NotEmpty(reports);
        // Two parties: two passes over the 8^7 outcomes.
        Assert.All(reports, r => Assert.Equal(2L * 2_097_152, r.Total));
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        Assert.True(reports[^1].Done <= reports[^1].Total);
    }

    [Fact]
    public void A_cancelled_enumeration_stops_with_OperationCanceledException()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            BargainingAnalysis.Analyze(CrossIssueProblem(), new AnalysisOptions { Cancellation = stop.Token }));
    }
}
