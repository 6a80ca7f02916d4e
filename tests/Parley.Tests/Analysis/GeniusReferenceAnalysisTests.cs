using System.Text.Json;
using Parley.Analysis;
using Parley.Tests.Formats.Genius;

namespace Parley.Tests.Analysis;

/// <summary>
/// The analysis of every domain in ../shared/data/genius/reference.json matches the reference
/// (brute force, cross-checked against NegMAS): Pareto points, Nash, Kalai-Smorodinsky, max
/// welfare and the bargaining-range size, within 1e-9, by both the issue-by-issue and the
/// enumerating method.
/// </summary>
public sealed class GeniusReferenceAnalysisTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var domain in GeniusTestData.ReferenceDomains.EnumerateObject())
        {
            data.Add(domain.Name, false);
            data.Add(domain.Name, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analysis_matches_reference(string name, bool enumerate)
    {
        var (space, files, reference) = GeniusTestData.LoadReference(name);
        var problem = new BargainingProblem(space, ["A", "B"], files.Select(f => f.Profile));
        var result = BargainingAnalysis.Analyze(problem, new AnalysisOptions { ForceEnumeration = enumerate, DiagnoseDealKillers = false });

        Assert.Equal(reference.GetProperty("outcomeCount").GetInt64(), result.OutcomeCount);
        Assert.Equal(reference.GetProperty("bargainingRange").GetProperty("outcomeCount").GetInt64(), result.BargainingRangeCount);

        var expectedPareto = reference.GetProperty("pareto").EnumerateArray()
            .Select(p => GeniusTestData.Numbers(p.GetProperty("utilities")))
            .OrderByDescending(u => u[0]).ThenByDescending(u => u[1])
            .ToList();
        Assert.Equal(expectedPareto.Count, result.Pareto.Length);
        for (var i = 0; i < expectedPareto.Count; i++)
        {
            Assert.Equal(expectedPareto[i][0], result.Pareto[i].Utilities[0], Tolerance);
            Assert.Equal(expectedPareto[i][1], result.Pareto[i].Utilities[1], Tolerance);
            // The reported outcome really has the reported utilities.
            var direct = problem.Utilities(result.Pareto[i].Outcome);
            Assert.Equal(direct[0], result.Pareto[i].Utilities[0], Tolerance);
            Assert.Equal(direct[1], result.Pareto[i].Utilities[1], Tolerance);
        }

        // The reference allows any of several tied outcomes ("compare utilities"), so each point is
        // checked by its objective, which ties share, and by lying on the reference frontier.
        var r = problem.ReservationValues;
        var best = new[] { expectedPareto.Where(u => u[1] >= r[1]).Max(u => u[0]), expectedPareto.Where(u => u[0] >= r[0]).Max(u => u[1]) };
        AssertPoint(reference.GetProperty("nash"), result.Nash, expectedPareto, u => (u[0] - r[0]) * (u[1] - r[1]));
        AssertPoint(reference.GetProperty("kalaiSmorodinsky"), result.KalaiSmorodinsky, expectedPareto,
            u => Math.Min((u[0] - r[0]) / (best[0] - r[0]), (u[1] - r[1]) / (best[1] - r[1])));
        AssertPoint(reference.GetProperty("maxWelfare"), result.MaxWelfare, expectedPareto, u => u[0] + u[1]);
    }

    private static void AssertPoint(JsonElement expected, OutcomePoint? actual, List<double[]> frontier, Func<IReadOnlyList<double>, double> objective)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        var u = GeniusTestData.Numbers(expected.GetProperty("utilities"));
        Assert.Equal(objective(u), objective(actual.Utilities), Tolerance);
        Assert.Contains(frontier, f => Math.Abs(f[0] - actual.Utilities[0]) <= Tolerance && Math.Abs(f[1] - actual.Utilities[1]) <= Tolerance);
    }
}
