using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation;
using Parley.Randomness;

namespace Parley.Tests.Negotiation;

/// <summary>Small domains built in code for the negotiation tests.</summary>
internal static class TestDomains
{
    /// <summary>
    /// A pie of <paramref name="steps"/> + 1 divisions: one integer issue "share" = A's share in
    /// steps; A's utility share/steps, B's 1 - share/steps.
    /// </summary>
    public static NegotiationDomain Pie(int steps, double reservationA = 0, double reservationB = 0)
    {
        var space = new OutcomeSpace([new IntegerIssue("share", 0, steps)]);
        var a = new PreferenceProfile(space, [1.0], [LinearValueFunction.Through(0, steps)], reservationA, name: "A");
        var b = new PreferenceProfile(space, [1.0], [LinearValueFunction.Through(steps, 0)], reservationB, name: "B");
        return new NegotiationDomain(space, ["A", "B"], [a, b]);
    }

    /// <summary>A space with the given issue sizes (named options i0..), and random additive profiles for <paramref name="parties"/> parties.</summary>
    public static NegotiationDomain RandomAdditive(int[] radices, int parties, ulong seed, double reservation = 0)
    {
        var issues = radices.Select((r, i) => (Issue)new DiscreteIssue($"issue{i}", Enumerable.Range(0, r).Select(v => $"v{v}"))).ToList();
        var space = new OutcomeSpace(issues);
        var profiles = new List<PreferenceProfile>();
        var names = new List<string>();
        for (var p = 0; p < parties; p++)
        {
            var random = new CounterRandom(seed, (ulong)p);
            var weights = radices.Select(_ => 0.1 + random.NextDouble()).ToArray();
            var functions = radices.Select(r =>
            {
                var values = Enumerable.Range(0, r).Select(_ => random.NextDouble()).ToArray();
                var max = values.Max();
                return (ValueFunction?)new TableValueFunction(values.Select((v, i) => new KeyValuePair<string, double>($"v{i}", v / max)));
            }).ToArray();
            profiles.Add(new PreferenceProfile(space, weights, functions, reservation, name: $"P{p}"));
            names.Add($"P{p}");
        }
        return new NegotiationDomain(space, names, profiles);
    }

    /// <summary>A profile on <paramref name="space"/> with per-issue tables given directly (weights equal before normalisation by the tables' scale).</summary>
    public static PreferenceProfile Tables(OutcomeSpace space, double[] weights, double[][] tables, double reservation = 0, IEnumerable<RedLine>? redLines = null, string? name = null)
    {
        var functions = new ValueFunction?[space.IssueCount];
        for (var i = 0; i < functions.Length; i++)
        {
            var issue = space.Issues[i];
            functions[i] = new TableValueFunction(tables[i].Select((v, k) => new KeyValuePair<string, double>(issue.FormatValue(k), v)));
        }
        return new PreferenceProfile(space, weights, functions, reservation, redLines, name: name);
    }

    /// <summary>Brute force: every outcome's utility for a profile, by mixed-radix index.</summary>
    public static double[] AllUtilities(PreferenceProfile profile)
    {
        var space = profile.Space;
        var digits = new int[space.IssueCount];
        var u = new double[space.Count];
        for (long i = 0; i < space.Count; i++)
        {
            space.Decode(i, digits);
            u[i] = profile.Utility(digits);
        }
        return u;
    }
}
