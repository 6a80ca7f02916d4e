using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;

namespace Parley.Tests.Analysis;

/// <summary>
/// Issue 12, §3: texts whose utilities tie in exact arithmetic but differ in the last digit of a
/// double are compared with the stated tolerance (<see cref="AnalysisOptions.PointTolerance"/>), the
/// same way in the issue-by-issue and the enumerated paths.
/// </summary>
public sealed class ExactTieFrontierTests
{
    // Two issues, weights 1:1 (each 0.5 once normalised). Party A: a 0.1, c 0.3 on the first; b 0.2,
    // d 0 on the second. Party B: a 0.4, c 0 on the first; b 0, d 0.6 on the second.
    // Exactly: (a,b) = (0.05 + 0.1, 0.2) = (0.15, 0.2) and (c,d) = (0.15, 0.3), so (c,d) dominates (a,b).
    // In doubles 0.05 + 0.1 = 0.15000000000000002 > 0.15, so (a,b) looks undominated.
    private static BargainingProblem TiedProblem()
    {
        var space = new OutcomeSpace([new DiscreteIssue("first", ["a", "c"]), new DiscreteIssue("second", ["b", "d"])]);
        PreferenceProfile Profile(string name, double a, double c, double b, double d) => new(space, [1.0, 1.0],
            [new TableValueFunction([KeyValuePair.Create("a", a), KeyValuePair.Create("c", c)]),
             new TableValueFunction([KeyValuePair.Create("b", b), KeyValuePair.Create("d", d)])], 0.0, name: name);
        return new BargainingProblem(space, ["A", "B"], [Profile("A", 0.1, 0.3, 0.2, 0.0), Profile("B", 0.4, 0.0, 0.0, 0.6)]);
    }

    [Fact]
    public void The_double_sums_really_differ_in_the_last_digit()
    {
        var problem = TiedProblem();
        var ab = problem.Profiles[0].Utility(problem.Space.Parse(new Dictionary<string, string> { ["first"] = "a", ["second"] = "b" }, "test"));
        var cd = problem.Profiles[0].Utility(problem.Space.Parse(new Dictionary<string, string> { ["first"] = "c", ["second"] = "d" }, "test"));
        Assert.NotEqual(ab, cd);
        Assert.Equal(0.15, ab, 1e-15);
        Assert.Equal(0.15, cd, 1e-15);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_dominated_in_exact_arithmetic_is_not_on_the_frontier(bool enumerate)
    {
        var options = new AnalysisOptions { ForceEnumeration = enumerate };
        var pareto = BargainingAnalysis.ParetoFrontier(TiedProblem(), options);
        // Exactly: (c,b) = (0.25, 0), (c,d) = (0.15, 0.3), (a,d) = (0.05, 0.5); (a,b) is dominated.
        var texts = pareto.Select(p => string.Join(",", p.Outcome.ValueIndices)).ToList();
        Assert.Equal(["1,0", "1,1", "0,1"], texts);
        Assert.Equal(BargainingAnalysis.Analyze(TiedProblem(), options).Pareto.Length, pareto.Length);
    }
}
