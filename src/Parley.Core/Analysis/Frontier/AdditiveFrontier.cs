using Parley.Domain;

namespace Parley.Analysis.Frontier;

/// <summary>
/// The Pareto frontier of additive profiles, built issue by issue without enumerating the space.
/// The frontier of a sum of independent issues lies inside the frontier of the sum of the per-issue
/// frontiers, so after adding each issue the dominated partial sums are pruned. Partial sums are
/// accumulated in issue order, exactly as <see cref="Domain.Preferences.PreferenceProfile.Utility(ReadOnlySpan{int})"/>
/// does, so the utilities are bit-identical to direct evaluation.
/// </summary>
internal static class AdditiveFrontier
{
    /// <summary>Upper bound on the size of an intermediate frontier before Parley gives up.</summary>
    public const int MaxIntermediatePoints = 20_000_000;

    public static RawFrontier Compute(BargainingProblem problem)
    {
        var space = problem.Space;
        var n = problem.PartyCount;
        var k = space.IssueCount;
        var allowed = problem.AllowedOptions();
        if (allowed.Any(a => a.Length == 0))
        {
            return RawFrontier.Empty(n, k);
        }

        // Level 0: the empty partial outcome at utility 0.
        var coords = new double[n];
        var count = 1;
        var parents = new int[k][];
        var options = new int[k][];

        for (var issue = 0; issue < k; issue++)
        {
            var opts = PrunedOptions(problem, issue, allowed[issue]);
            long candidateCount = (long)count * opts.Length;
            if (candidateCount > MaxIntermediatePoints)
            {
                throw new ModelException($"the Pareto frontier grows past {MaxIntermediatePoints:N0} partial points at issue '{space.Issues[issue].Name}': coarsen the numeric issues");
            }
            var candidates = new double[candidateCount * n];
            var c = 0;
            for (var s = 0; s < count; s++)
            {
                foreach (var v in opts)
                {
                    for (var j = 0; j < n; j++)
                    {
                        candidates[(c * n) + j] = coords[(s * n) + j] + problem.Profiles[j].IssueUtilities(issue)[v];
                    }
                    c++;
                }
            }
            var kept = Skyline.Filter(candidates, n, c);
            var nextCoords = new double[kept.Length * n];
            var levelParents = new int[kept.Length];
            var levelOptions = new int[kept.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                var cand = kept[i];
                Array.Copy(candidates, cand * n, nextCoords, i * n, n);
                levelParents[i] = cand / opts.Length;
                levelOptions[i] = opts[cand % opts.Length];
            }
            coords = nextCoords;
            count = kept.Length;
            parents[issue] = levelParents;
            options[issue] = levelOptions;
        }

        var digits = new int[count * k];
        for (var p = 0; p < count; p++)
        {
            var node = p;
            for (var issue = k - 1; issue >= 0; issue--)
            {
                digits[(p * k) + issue] = options[issue][node];
                node = parents[issue][node];
            }
        }
        return new RawFrontier(coords, digits, count, n, k);
    }

    /// <summary>The allowed options of one issue that no other option of the same issue dominates.</summary>
    private static int[] PrunedOptions(BargainingProblem problem, int issue, int[] allowed)
    {
        var n = problem.PartyCount;
        var points = new double[allowed.Length * n];
        for (var i = 0; i < allowed.Length; i++)
        {
            for (var j = 0; j < n; j++)
            {
                points[(i * n) + j] = problem.Profiles[j].IssueUtilities(issue)[allowed[i]];
            }
        }
        var kept = Skyline.Filter(points, n, allowed.Length);
        Array.Sort(kept);
        return kept.Select(i => allowed[i]).ToArray();
    }
}
