using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Mediation;

/// <summary>
/// Chooses, among the texts that take for each issue one of its candidate values, the one with
/// the largest Nash product over the parties' current reservation values,
/// prod_p S·(u_p - r_p), S the text's chance of holding (<see cref="MediatorView.Holds"/>; 1 unless the
/// world of the negotiation supplies it: each party values the text at S·u + (1 − S)·r), counting
/// only texts every party weakly prefers to its reservation value
/// and that cross no red line. When no text qualifies, the text with the smallest total
/// shortfall sum_p max(0, r_p - u_p) plus one per red line crossed is chosen. Ties (within
/// <see cref="MediatorView.TieTolerance"/>) go to the text with fewer changes from the first
/// candidate of each issue (the current text), then to one of the tied texts at random
/// (<see cref="MediatorView.TakeTied"/>), so that neither the parties' order nor the order in which
/// amendments were tabled decides. Up to <see cref="EnumerationLimit"/> combinations are enumerated
/// exactly; beyond that, coordinate ascent from the current text (issue by issue, until no issue
/// changes) finds a local optimum.
/// </summary>
internal static class NashRule
{
    /// <summary>The most combinations enumerated exactly (2^20).</summary>
    public const long EnumerationLimit = 1 << 20;

    /// <summary>The best text over <paramref name="options"/> (first option of each issue = the current value).</summary>
    public static Outcome Choose(MediatorView view, IReadOnlyList<IReadOnlyList<int>> options)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(options);
        var m = view.Space.IssueCount;
        var current = new int[m];
        for (var i = 0; i < m; i++)
        {
            if (options[i].Count == 0)
            {
                throw new ModelException($"issue '{view.Space.Issues[i].Name}' has no candidate value for the revised text");
            }
            current[i] = options[i][0];
        }
        var varying = Enumerable.Range(0, m).Where(i => options[i].Count > 1).ToArray();
        var combinations = varying.Aggregate(1.0, (acc, i) => acc * options[i].Count);
        var best = combinations <= EnumerationLimit
            ? Enumerate(view, options, current, varying)
            : CoordinateAscent(view, options, current, varying);
        return new Outcome(best.ToImmutableArray());
    }

    /// <summary>The rule's score of a text: (qualifies, Nash product or minus the shortfall).</summary>
    public static (bool Qualifies, double Value) Score(MediatorView view, ReadOnlySpan<int> text)
    {
        ArgumentNullException.ThrowIfNull(view);
        var reservations = view.Reservations;
        var holds = view.Holds(text);
        var product = 1.0;
        var shortfall = 0.0;
        var qualifies = true;
        for (var p = 0; p < reservations.Length; p++)
        {
            var gain = view.Utility(p, text) - reservations[p];
            if (!view.WithinRedLines(p, text))
            {
                qualifies = false;
                shortfall += 1.0;
            }
            if (gain < 0)
            {
                qualifies = false;
                shortfall -= gain;
            }
            product *= holds * Math.Max(gain, 0);
        }
        return qualifies ? (true, product) : (false, -shortfall);
    }

    /// <summary>+1 when a is better than b, −1 when worse, 0 for a tie (broken at random by the caller).</summary>
    private static int Compare((bool Q, double V) a, int changesA, (bool Q, double V) b, int changesB)
    {
        if (a.Q != b.Q)
        {
            return a.Q ? 1 : -1;
        }
        if (Math.Abs(a.V - b.V) > MediatorView.TieTolerance * Math.Max(1, Math.Abs(b.V)))
        {
            return a.V > b.V ? 1 : -1;
        }
        return changesA.CompareTo(changesB) switch { < 0 => 1, > 0 => -1, _ => 0 };
    }

    private static int[] Enumerate(MediatorView view, IReadOnlyList<IReadOnlyList<int>> options, int[] start, int[] varying)
    {
        var digits = (int[])start.Clone();
        var best = (int[])start.Clone();
        var bestScore = Score(view, digits);
        var bestChanges = 0;
        var tied = 1;
        var odometer = new int[varying.Length];
        while (true)
        {
            // Advance the odometer over the varying issues.
            var k = varying.Length - 1;
            while (k >= 0)
            {
                var issue = varying[k];
                if (++odometer[k] < options[issue].Count)
                {
                    digits[issue] = options[issue][odometer[k]];
                    break;
                }
                odometer[k] = 0;
                digits[issue] = options[issue][0];
                k--;
            }
            if (k < 0)
            {
                return best;
            }
            var changes = 0;
            foreach (var o in odometer)
            {
                changes += o == 0 ? 0 : 1;
            }
            var score = Score(view, digits);
            var compared = Compare(score, changes, bestScore, bestChanges);
            if (compared > 0 || (compared == 0 && view.TakeTied(++tied)))
            {
                tied = compared > 0 ? 1 : tied;
                bestScore = score;
                bestChanges = changes;
                digits.CopyTo(best, 0);
            }
        }
    }

    private static int[] CoordinateAscent(MediatorView view, IReadOnlyList<IReadOnlyList<int>> options, int[] start, int[] varying)
    {
        var digits = (int[])start.Clone();
        var score = Score(view, digits);
        for (var sweep = 0; sweep < 100; sweep++)
        {
            var changed = false;
            foreach (var issue in varying)
            {
                var keep = digits[issue];
                var bestValue = keep;
                var bestScore = score;
                var tied = 1;
                foreach (var v in options[issue])
                {
                    if (v == keep)
                    {
                        continue;
                    }
                    digits[issue] = v;
                    var s = Score(view, digits);
                    // The current value wins ties with a new one (no change without a gain); ties among new values are drawn.
                    var compared = Compare(s, 0, bestScore, 0);
                    if (compared > 0 || (compared == 0 && bestValue != keep && view.TakeTied(++tied)))
                    {
                        tied = compared > 0 ? 1 : tied;
                        bestScore = s;
                        bestValue = v;
                    }
                }
                digits[issue] = bestValue;
                if (bestValue != keep)
                {
                    changed = true;
                    score = bestScore;
                }
            }
            if (!changed)
            {
                break;
            }
        }
        return digits;
    }
}
