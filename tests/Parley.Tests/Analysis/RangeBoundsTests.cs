using FsCheck;
using FsCheck.Xunit;
using Parley.Analysis;
using Parley.Analysis.Range;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;
using Parley.Tests.TestSupport;

namespace Parley.Tests.Analysis;

/// <summary>
/// Issue 12, §4: a range too large to count exactly gets certified bounds, and the frontier and
/// solution points are never lost for it.
/// </summary>
public sealed class RangeBoundsTests
{
    [Property(MaxTest = 60)]
    public bool Grid_bounds_contain_the_brute_force_count(PositiveInt seed, bool redLines)
    {
        var problem = RandomProblems.Additive(seed.Get, 2, maxIssues: 6, maxOptions: 6, redLines: redLines);
        var r = problem.ReservationValues;
        long exact = RandomProblems.BruteForce(problem).Count(x => x.Feasible && x.U.Select((u, i) => u >= r[i] - 1e-12).All(ok => ok));
        var allowed = problem.AllowedOptions();
        if (allowed.Any(a => a.Length == 0))
        {
            return true;
        }
        var bounds = GridRangeCounter.Count(problem, allowed, [.. r.Select(x => x - 1e-12)]);
        return bounds.Lower <= exact && exact <= bounds.Upper;
    }

    [Fact]
    public void Grid_bounds_are_tight_on_ten_issues_of_ten_options()
    {
        // 10^10 texts: the exact meet-in-the-middle count is the reference; the grid (6 issues listed,
        // 4 gridded on 2,048 cells) must bracket it within 1% of the space.
        var problem = Uniform(10, 10, seed: 3);
        var exact = BargainingAnalysis.CountRangeBounds(problem);
        Assert.True(exact.IsExact);
        var allowed = problem.AllowedOptions();
        var bounds = GridRangeCounter.Count(problem, allowed, [.. problem.ReservationValues.Select(x => x - AnalysisOptions.Default.RangeTolerance)]);
        Assert.InRange(exact.Lower, bounds.Lower, bounds.Upper);
        Assert.True(bounds.Upper - bounds.Lower < 0.01 * problem.Space.Count, $"gap {bounds.Upper - bounds.Lower}");
    }

    [Fact]
    public void A_space_of_ten_to_the_fifteen_keeps_its_frontier_and_bounds_its_range()
    {
        var problem = Uniform(15, 10, seed: 5);
        Assert.Equal(1_000_000_000_000_000, problem.Space.Count);
        var result = BargainingAnalysis.Analyze(problem);
        Assert.False(result.BargainingRangeBounds.IsExact);
        Assert.Equal(result.BargainingRangeCount, result.BargainingRangeBounds.Lower);
        Assert.True(result.BargainingRangeBounds.Lower > 0);
        Assert.True(result.BargainingRangeBounds.Upper <= problem.Space.Count);
        Assert.NotEmpty(result.Pareto);
        var nash = Assert.IsType<OutcomePoint>(result.Nash);
        // The Nash text is in the range: each party gets at least its reservation value.
        Assert.All(nash.Utilities.Zip(problem.ReservationValues), p => Assert.True(p.First >= p.Second));
    }

    [Fact]
    public void Many_parties_past_the_search_budget_get_bounds_not_an_error()
    {
        // Three parties on 10^12 texts: the depth-first count is exact only for small spaces; here it
        // must return bounds that contain the count of a sample's share (and never throw).
        var problem = Uniform(12, 10, seed: 9, parties: 3);
        var bounds = BargainingAnalysis.CountRangeBounds(problem);
        Assert.True(bounds.Lower <= bounds.Upper);
        Assert.True(bounds.Upper <= problem.Space.Count);
    }

    /// <summary>k issues of n options with random table values and weights; reservations at 0.55.</summary>
    private static BargainingProblem Uniform(int k, int n, int seed, int parties = 2)
    {
        var rng = new CounterRandom((ulong)seed, 11);
        var issues = Enumerable.Range(0, k).Select(i => (Issue)new DiscreteIssue($"i{i}", Enumerable.Range(0, n).Select(o => $"o{o}"))).ToList();
        var space = new OutcomeSpace(issues);
        var profiles = Enumerable.Range(0, parties).Select(p => new PreferenceProfile(space,
            [.. issues.Select(_ => 0.5 + rng.NextDouble())],
            [.. issues.Select(issue => (ValueFunction?)new TableValueFunction(((DiscreteIssue)issue).Options.Select(o => KeyValuePair.Create(o, rng.NextDouble()))))],
            0.55, name: $"p{p}")).ToList();
        return new BargainingProblem(space, profiles.Select((_, i) => $"P{i}"), profiles);
    }
}
