using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;

namespace Parley.Tests.TestSupport;

/// <summary>Random additive bargaining problems, reproducible from a seed.</summary>
internal static class RandomProblems
{
    public static BargainingProblem Additive(int seed, int parties, int maxIssues = 5, int maxOptions = 5, bool coarse = false, bool reservations = true, bool redLines = false)
    {
        var rng = new CounterRandom((ulong)seed, 7);
        var issueCount = 1 + rng.NextInt(maxIssues);
        var issues = Enumerable.Range(0, issueCount)
            .Select(i => (Issue)new DiscreteIssue($"i{i}", Enumerable.Range(0, 1 + rng.NextInt(maxOptions)).Select(o => $"o{o}")))
            .ToList();
        var space = new OutcomeSpace(issues);
        var profiles = new List<PreferenceProfile>();
        for (var p = 0; p < parties; p++)
        {
            var weights = issues.Select(_ => 0.05 + rng.NextDouble()).ToArray();
            var functions = issues.Select(issue => (ValueFunction?)new TableValueFunction(
                ((DiscreteIssue)issue).Options.Select(o => KeyValuePair.Create(o, coarse ? rng.NextInt(3) / 2.0 : rng.NextDouble())))).ToArray();
            var reservation = reservations ? rng.NextDouble() * 0.7 : 0.0;
            var lines = new List<RedLine>();
            if (redLines && rng.NextDouble() < 0.5)
            {
                var issue = rng.NextInt(issueCount);
                var allowed = Enumerable.Range(0, space.Radices[issue]).Where(_ => rng.NextDouble() < 0.7);
                lines.Add(new IssueRedLine(space, issue, allowed, $"p{p} red line on i{issue}"));
            }
            profiles.Add(new PreferenceProfile(space, weights, functions, reservation, lines, name: $"p{p}"));
        }
        return new BargainingProblem(space, profiles.Select((_, i) => $"P{i}"), profiles);
    }

    /// <summary>Every outcome's utility vector and feasibility, by brute force.</summary>
    public static List<(double[] U, bool Feasible, Outcome Outcome)> BruteForce(BargainingProblem problem) =>
        problem.Space.Materialise()
            .Select(o => (problem.Profiles.Select(p => p.Utility(o)).ToArray(), problem.Profiles.All(p => p.CrossedRedLine(o.ValueIndices.AsSpan()) is null), o))
            .ToList();
}
