using FsCheck;
using FsCheck.Xunit;
using Parley.Analysis;
using Parley.Domain.Preferences;
using Parley.Tests.TestSupport;

namespace Parley.Tests.Analysis;

/// <summary>Properties of the frontier, the solution points and the range count on random additive domains, checked against brute force.</summary>
public sealed class BargainingAnalysisPropertyTests
{
    private const double Eps = 1e-9;

    [Property(MaxTest = 150)]
    public bool Frontier_points_are_mutually_non_dominated(PositiveInt seed, bool threeParties)
    {
        var problem = RandomProblems.Additive(seed.Get, threeParties ? 3 : 2);
        var pareto = BargainingAnalysis.ParetoFrontier(problem);
        foreach (var a in pareto)
        {
            foreach (var b in pareto)
            {
                if (!ReferenceEquals(a, b) && Dominates(a.Utilities.ToArray(), b.Utilities.ToArray()))
                {
                    return false;
                }
            }
        }
        return pareto.Length > 0;
    }

    [Property(MaxTest = 150)]
    public bool Every_outcome_is_dominated_by_or_equal_to_a_frontier_point(PositiveInt seed, bool threeParties, bool redLines)
    {
        var problem = RandomProblems.Additive(seed.Get, threeParties ? 3 : 2, redLines: redLines);
        var pareto = BargainingAnalysis.ParetoFrontier(problem);
        return RandomProblems.BruteForce(problem)
            .Where(x => x.Feasible)
            .All(x => pareto.Any(f => WeaklyAbove(f.Utilities.ToArray(), x.U)));
    }

    [Property(MaxTest = 150)]
    public bool Nash_maximises_the_product_over_the_range(PositiveInt seed, bool threeParties)
    {
        var problem = RandomProblems.Additive(seed.Get, threeParties ? 3 : 2);
        var result = BargainingAnalysis.Analyze(problem);
        var r = problem.ReservationValues;
        var inRange = RandomProblems.BruteForce(problem).Where(x => x.U.Select((u, i) => u >= r[i]).All(ok => ok)).ToList();
        if (inRange.Count == 0)
        {
            return result.Nash is null && result.BargainingRangeCount == 0;
        }
        var bestProduct = inRange.Max(x => x.U.Select((u, i) => u - r[i]).Aggregate(1.0, (a, b) => a * b));
        var nashProduct = result.Nash!.Utilities.Select((u, i) => u - r[i]).Aggregate(1.0, (a, b) => a * b);
        return Math.Abs(bestProduct - nashProduct) <= Eps && result.BargainingRangeCount == inRange.Count;
    }

    [Property(MaxTest = 150)]
    public bool Issue_by_issue_and_enumeration_agree(PositiveInt seed, bool threeParties, bool coarse, bool redLines)
    {
        var problem = RandomProblems.Additive(seed.Get, threeParties ? 3 : 2, coarse: coarse, redLines: redLines);
        var fast = BargainingAnalysis.Analyze(problem);
        var slow = BargainingAnalysis.Analyze(problem, new AnalysisOptions { ForceEnumeration = true });
        var brute = RandomProblems.BruteForce(problem);
        var r = problem.ReservationValues;
        long bruteCount = brute.Count(x => x.Feasible && x.U.Select((u, i) => u >= r[i]).All(ok => ok));
        return fast.Method == AnalysisMethod.IssueByIssue
            && slow.Method == AnalysisMethod.Enumerated
            && fast.BargainingRangeCount == bruteCount
            && slow.BargainingRangeCount == bruteCount
            && fast.Pareto.Length == slow.Pareto.Length
            && fast.Pareto.Zip(slow.Pareto).All(p => p.First.Utilities.SequenceEqual(p.Second.Utilities))
            && SameUtilities(fast.Nash, slow.Nash)
            && SameUtilities(fast.KalaiSmorodinsky, slow.KalaiSmorodinsky)
            && SameUtilities(fast.MaxWelfare, slow.MaxWelfare);
    }

    [Property(MaxTest = 100)]
    public bool Frontier_utilities_equal_direct_evaluation_of_their_outcomes(PositiveInt seed)
    {
        var problem = RandomProblems.Additive(seed.Get, 2, maxIssues: 7, maxOptions: 6);
        return BargainingAnalysis.ParetoFrontier(problem)
            .All(p => problem.Utilities(p.Outcome).SequenceEqual(p.Utilities));
    }

    [Property(MaxTest = 100)]
    public bool Cross_issue_terms_are_enumerated_and_agree_with_brute_force(PositiveInt seed, bool threeParties)
    {
        var basic = RandomProblems.Additive(seed.Get, threeParties ? 3 : 2);
        var space = basic.Space;
        var p0 = basic.Profiles[0];
        // Party 0 gains 0.2 when issue 0 takes its first value together with the last issue's first
        // value, and refuses the text where both take their last value.
        var last = space.IssueCount - 1;
        var term = new InteractionTerm([new IssueCondition(space, 0, [0]), new IssueCondition(space, last, [0])], 0.2);
        var line = new CombinationRedLine([new IssueCondition(space, 0, [space.Radices[0] - 1]), new IssueCondition(space, last, [space.Radices[last] - 1])], "not both last");
        var changed = new PreferenceProfile(space, p0.Weights, p0.ValueFunctions, p0.ReservationValue, [line], [term], name: "p0x");
        var problem = basic.WithProfile(0, changed);
        var result = BargainingAnalysis.Analyze(problem);
        var brute = RandomProblems.BruteForce(problem);
        var r = problem.ReservationValues;
        long count = brute.Count(x => x.Feasible && x.U.Select((u, i) => u >= r[i]).All(ok => ok));
        return result.Method == AnalysisMethod.Enumerated
            && result.BargainingRangeCount == count
            && brute.Where(x => x.Feasible).All(x => result.Pareto.Any(f => WeaklyAbove(f.Utilities.ToArray(), x.U)))
            && result.Pareto.All(f => problem.Profiles.All(p => p.CrossedRedLine(f.Outcome.ValueIndices.AsSpan()) is null));
    }

    private static bool SameUtilities(OutcomePoint? a, OutcomePoint? b) =>
        (a is null && b is null) || (a is not null && b is not null && a.Utilities.Zip(b.Utilities).All(x => Math.Abs(x.First - x.Second) <= Eps));

    private static bool WeaklyAbove(double[] a, double[] b) => a.Zip(b).All(x => x.First >= x.Second - Eps);

    private static bool Dominates(double[] a, double[] b) =>
        a.Zip(b).All(x => x.First >= x.Second - Eps) && a.Zip(b).Any(x => x.First > x.Second + Eps);
}
