using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;

namespace Parley.Benchmarks.Analysis;

/// <summary>Random two-party additive problems of a given shape, reproducible from a seed.</summary>
public static class RandomAdditiveSpaces
{
    /// <summary><paramref name="issues"/> issues of <paramref name="options"/> options, random tables and weights.</summary>
    public static BargainingProblem Create(int issues, int options, ulong seed = 42, double reservation = 0.3)
    {
        var rng = new CounterRandom(seed, 0);
        var space = new OutcomeSpace(Enumerable.Range(0, issues).Select(i => (Issue)new IntegerIssue($"issue {i}", 0, options - 1)));
        var profiles = new List<PreferenceProfile>();
        for (var p = 0; p < 2; p++)
        {
            var weights = Enumerable.Range(0, issues).Select(_ => rng.NextDouble()).ToArray();
            var functions = new ValueFunction?[issues];
            for (var i = 0; i < issues; i++)
            {
                var points = Enumerable.Range(0, options).Select(v => ((double)v, rng.NextDouble())).ToArray();
                functions[i] = options == 1 ? new LinearValueFunction(0, 1) : new PiecewiseLinearValueFunction(points);
            }
            profiles.Add(new PreferenceProfile(space, weights, functions, reservation, name: $"party {p}"));
        }
        return new BargainingProblem(space, ["A", "B"], profiles);
    }
}
