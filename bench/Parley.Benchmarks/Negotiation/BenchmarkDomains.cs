using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Formats.Genius;
using Parley.Negotiation;
using Parley.Randomness;

namespace Parley.Benchmarks.Negotiation;

/// <summary>The domains the negotiation benchmarks run on.</summary>
internal static class BenchmarkDomains
{
    /// <summary>
    /// 10 x 10 x 10 x 10 = 10^4 outcomes, two random additive profiles (weights and value tables
    /// drawn from CounterRandom seed 2024, values normalised so each issue's best is 1), reservation 0.
    /// </summary>
    public static NegotiationDomain TenThousand() => Random(4, "random 10^4");

    /// <summary>
    /// 10^8 outcomes (8 issues of 10 values), random additive profiles as for <see cref="TenThousand"/>:
    /// too large to materialise, so strategies search it by the additive structure.
    /// </summary>
    public static NegotiationDomain HundredMillion() => Random(8, "random 10^8");

    /// <summary>The domain named by a benchmark parameter: "10k", "Travel" or "1e8".</summary>
    public static NegotiationDomain Named(string name) => name switch
    {
        "Travel" => Travel(),
        "1e8" => HundredMillion(),
        _ => TenThousand(),
    };

    private static NegotiationDomain Random(int issues, string name)
    {
        var space = new OutcomeSpace(Enumerable.Range(0, issues).Select(i => (Issue)new DiscreteIssue($"issue{i}", Enumerable.Range(0, 10).Select(v => $"v{v}"))));
        return new NegotiationDomain(space, ["A", "B"], [RandomProfile(space, 0), RandomProfile(space, 1)], name: name);
    }

    /// <summary>GENIUS Travel (ANAC 2010): 7 x 7 x 4 x 4 x 6 x 5 x 8 = 188,160 outcomes, read from ../shared/data/genius/Travel.</summary>
    public static NegotiationDomain Travel()
    {
        var folder = Path.Combine(GeniusFolder(), "Travel");
        var space = GeniusReader.ReadDomain(Path.Combine(folder, "travel_domain.xml"));
        var chox = GeniusReader.ReadProfile(space, Path.Combine(folder, "travel_chox.xml"), "chox").Profile;
        var fanny = GeniusReader.ReadProfile(space, Path.Combine(folder, "travel_fanny.xml"), "fanny").Profile;
        return new NegotiationDomain(space, ["chox", "fanny"], [chox, fanny], name: "Travel");
    }

    private static PreferenceProfile RandomProfile(OutcomeSpace space, ulong stream)
    {
        var random = new CounterRandom(2024, stream);
        var weights = space.Issues.Select(_ => 0.1 + random.NextDouble()).ToArray();
        var functions = space.Issues.Select(issue =>
        {
            var values = Enumerable.Range(0, issue.ValueCount).Select(_ => random.NextDouble()).ToArray();
            var max = values.Max();
            return (ValueFunction?)new TableValueFunction(values.Select((v, k) => new KeyValuePair<string, double>(issue.FormatValue(k), v / max)));
        }).ToArray();
        return new PreferenceProfile(space, weights, functions, name: $"P{stream}");
    }

    private static string GeniusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "genius");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("no shared/data/genius above " + AppContext.BaseDirectory);
    }
}
