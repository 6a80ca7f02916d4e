using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Negotiation.OutcomeSearch;
using Parley.Randomness;

namespace Parley.Tests.Negotiation.OutcomeSearch;

public class OutcomeIndexTests
{
    /// <summary>
    /// Brute force of the documented rule: among the <paramref name="window"/> allowed outcomes
    /// with the lowest utility at or above the target (ordered by utility, then index), the one
    /// with the best score; ties to the lowest utility, then the higher index.
    /// </summary>
    private static (long Outcome, double Utility)? BruteForce(PreferenceProfile profile, double target, int window, double[][]? scores)
    {
        var space = profile.Space;
        var digits = new int[space.IssueCount];
        var eligible = new List<(long Index, double U, double Score)>();
        for (long i = 0; i < space.Count; i++)
        {
            space.Decode(i, digits);
            if (profile.CrossedRedLine(digits) is not null)
            {
                continue;
            }
            var u = profile.Utility(digits);
            if (u < target - OutcomeIndex.Tolerance)
            {
                continue;
            }
            var score = 0.0;
            if (scores is not null)
            {
                for (var k = 0; k < digits.Length; k++)
                {
                    score += scores[k][digits[k]];
                }
            }
            eligible.Add((i, u, score));
        }
        if (eligible.Count == 0)
        {
            return null;
        }
        // Nearest the target first: lowest utility, then higher index.
        var candidates = eligible.OrderBy(e => e.U).ThenByDescending(e => e.Index).Take(window).ToList();
        var best = candidates[0];
        foreach (var c in candidates)
        {
            if (c.Score > best.Score)
            {
                best = c;
            }
        }
        return (best.Index, best.U);
    }

    /// <summary>Per-issue tables laid out flat, issue after issue (the layout of OutcomeIndex.ValueOffsets).</summary>
    private static double[] Flat(double[][]? scores) => scores is null ? [] : scores.SelectMany(t => t).ToArray();

    private static PreferenceProfile ProfileWithRedLines(OutcomeSpace space, ulong seed, bool interactions)
    {
        var random = new CounterRandom(seed, 0);
        var tables = space.Radices.Select(r => Enumerable.Range(0, r).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray()).ToArray();
        var weights = space.Radices.Select(_ => 0.5 + random.NextDouble()).ToArray();
        var redLines = new RedLine[]
        {
            new IssueRedLine(space, 1, Enumerable.Range(1, space.Radices[1] - 1), "not option 0 of issue 1"),
            new CombinationRedLine([new IssueCondition(space, 0, [0]), new IssueCondition(space, 2, [1, 2])], "not 0 on issue 0 with 1-2 on issue 2"),
        };
        var functions = tables.Select((t, i) => (ValueFunction?)new TableValueFunction(t.Select((v, k) => new KeyValuePair<string, double>(space.Issues[i].FormatValue(k), v)))).ToArray();
        var terms = interactions ? new[] { new InteractionTerm([new IssueCondition(space, 0, [1]), new IssueCondition(space, 3, [0])], 0.15) } : null;
        return new PreferenceProfile(space, weights, functions, redLines: redLines, interactions: terms);
    }

    private static OutcomeSpace Space(params int[] radices) =>
        new(radices.Select((r, i) => (Issue)new IntegerIssue($"i{i}", 0, r - 1)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sorted_index_chooses_as_the_brute_force_rule_does(bool interactions)
    {
        // Tables rounded to 2 decimals make many exact utility ties, which exercises tie-breaking.
        var space = Space(4, 5, 3, 6);
        var profile = ProfileWithRedLines(space, 11, interactions);
        var index = new SortedOutcomeIndex(profile);
        var random = new CounterRandom(5, 0);

        for (var trial = 0; trial < 200; trial++)
        {
            var target = index.MinUtility + (random.NextDouble() * 1.2 * (index.MaxUtility - index.MinUtility));
            var window = 1 + random.NextInt(40);
            var scores = trial % 3 == 0 ? null : space.Radices.Select(r => Enumerable.Range(0, r).Select(_ => (double)random.NextInt(3)).ToArray()).ToArray();

            var expected = BruteForce(profile, target, window, scores);
            var actual = index.Choose(target, window, Flat(scores));

            Assert.Equal(expected is not null, actual.Found);
            if (expected is { } e)
            {
                Assert.Equal(e.Outcome, actual.Outcome);
                Assert.Equal(e.Utility, actual.Utility);
            }
        }
    }

    [Fact]
    public void The_additive_search_chooses_as_the_sorted_index_does()
    {
        var space = Space(4, 5, 3, 6, 7);
        var profile = ProfileWithRedLines(space, 12, interactions: false);
        var sorted = new SortedOutcomeIndex(profile);
        var search = new AdditiveOutcomeSearch(profile);
        var random = new CounterRandom(6, 0);

        Assert.Equal(sorted.MaxUtility, search.MaxUtility, 12);
        Assert.Equal(sorted.MinUtility, search.MinUtility, 12);
        for (var trial = 0; trial < 300; trial++)
        {
            var target = sorted.MinUtility - 0.05 + (random.NextDouble() * 1.2 * (sorted.MaxUtility - sorted.MinUtility));
            var window = 1 + random.NextInt(64);
            var scores = trial % 4 == 0 ? null : space.Radices.Select(r => Enumerable.Range(0, r).Select(_ => (double)random.NextInt(4)).ToArray()).ToArray();

            var a = sorted.Choose(target, window, Flat(scores));
            var b = search.Choose(target, window, Flat(scores));

            Assert.Equal(a.Found, b.Found);
            Assert.Equal(a.Outcome, b.Outcome);
        }
    }

    [Fact]
    public void Spaces_above_the_limit_are_searched_without_materialising_and_match_brute_force()
    {
        // 10^6 x 3 = 3,000,000 outcomes, above the 2,000,000 materialise limit.
        var space = Space(10, 10, 10, 10, 10, 10, 3);
        var random = new CounterRandom(13, 0);
        var tables = space.Radices.Select(r => Enumerable.Range(0, r).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var profile = TestDomains.Tables(space, [1, 2, 3, 1, 2, 1, 2], tables);
        var index = OutcomeIndex.For(profile);
        Assert.IsType<AdditiveOutcomeSearch>(index);

        // Best outcome: each issue at its best value; its utility is the sum of the weighted maxima.
        var best = Enumerable.Range(0, space.IssueCount).Sum(i => profile.IssueUtilities(i).ToArray().Max());
        Assert.Equal(best, index.MaxUtility, 12);
        var all = TestDomains.AllUtilities(profile);
        foreach (var fraction in new[] { 0.2, 0.5, 0.77, 0.95 })
        {
            var target = fraction * best;
            var choice = index.Choose(target, 1, []);
            // The lowest utility at or above the target (ties to the higher index).
            var expected = Enumerable.Range(0, all.Length).Where(i => all[i] >= target).OrderBy(i => all[i]).ThenByDescending(i => i).First();
            Assert.Equal(expected, choice.Outcome);
        }
    }

    [Fact]
    public void Random_draws_are_uniform_over_the_outcomes_above_the_bound()
    {
        // Pie of 10 steps, bound 0.65: shares 7..10 qualify, each drawn about a quarter of the time.
        var domain = TestDomains.Pie(10);
        var index = OutcomeIndex.For(domain.Profiles[0]);
        var random = new CounterRandom(1, 0);
        var counts = new int[11];
        for (var k = 0; k < 40_000; k++)
        {
            counts[index.Random(0.65, ref random).Outcome]++;
        }
        Assert.All(counts.Take(7), c => Assert.Equal(0, c));
        // Each count is binomial(40000, 1/4): sd = sqrt(40000 x 0.25 x 0.75) = 86.6; allow 5 sd.
        Assert.All(counts.Skip(7), c => Assert.InRange(c, 10_000 - 433, 10_000 + 433));
    }

    [Fact]
    public void A_profile_whose_red_lines_allow_nothing_has_an_empty_index()
    {
        var space = Space(3);
        var profile = TestDomains.Tables(space, [1], [[0, 0.5, 1]], redLines: [new IssueRedLine(space, 0, [], "nothing")]);

        Assert.True(new SortedOutcomeIndex(profile).IsEmpty);
        Assert.True(new AdditiveOutcomeSearch(profile).IsEmpty);
        Assert.False(new SortedOutcomeIndex(profile).Choose(0, 5, []).Found);
    }

    [Fact]
    public void The_additive_search_draws_uniformly_above_the_bound()
    {
        // Two issues 0..3 with equal weights and linear values: u = (x + y) / 6. Bound 0.66 admits
        // x + y >= 4: (1,3), (2,2), (3,1), (2,3), (3,2), (3,3). Each is drawn 1/6 of 60,000 times:
        // 10,000, sd sqrt(60000 x 1/6 x 5/6) = 91.3; allow 5 sd.
        var space = Space(4, 4);
        var profile = new PreferenceProfile(space, [1.0, 1.0], [LinearValueFunction.Through(0, 3), LinearValueFunction.Through(0, 3)]);
        var search = new AdditiveOutcomeSearch(profile);
        var random = new CounterRandom(9, 0);
        var counts = new int[16];
        for (var k = 0; k < 60_000; k++)
        {
            counts[search.Random(0.66, ref random).Outcome]++;
        }
        for (var x = 0; x < 4; x++)
        {
            for (var y = 0; y < 4; y++)
            {
                var c = counts[(x * 4) + y];
                if (x + y >= 4)
                {
                    Assert.InRange(c, 10_000 - 457, 10_000 + 457);
                }
                else
                {
                    Assert.Equal(0, c);
                }
            }
        }
    }

    [Fact]
    public void The_additive_search_handles_a_single_issue()
    {
        // Pie of 10 steps: A's utility share/10; the lowest share at or above 0.35 is 4.
        var search = new AdditiveOutcomeSearch(TestDomains.Pie(10).Profiles[0]);

        Assert.Equal(4, search.Choose(0.35, 1, []).Outcome);
        Assert.Equal(1.0, search.MaxUtility, 12);
        Assert.Equal(0.0, search.MinUtility, 12);
        Assert.False(search.Choose(1.01, 1, []).Found);
    }
}
