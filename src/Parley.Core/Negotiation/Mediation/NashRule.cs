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

    /// <summary>
    /// Writes into <paramref name="result"/> the best text over <paramref name="options"/> (candidate 0 of
    /// each issue = the current value), using the scratch arrays the candidates hold.
    /// </summary>
    public static void Choose(MediatorView view, CandidateValues options, Span<int> result)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(options);
        var m = view.Space.IssueCount;
        var digits = options.Digits;
        for (var i = 0; i < m; i++)
        {
            if (options.Count(i) == 0)
            {
                throw new ModelException($"issue '{view.Space.Issues[i].Name}' has no candidate value for the revised text");
            }
            digits[i] = options[i, 0];
        }
        var varying = options.Varying;
        var varyingCount = 0;
        var combinations = 1.0;
        for (var i = 0; i < m; i++)
        {
            if (options.Count(i) > 1)
            {
                varying[varyingCount++] = i;
                combinations *= options.Count(i);
            }
        }
        var issues = varying.AsSpan(0, varyingCount);
        if (combinations <= EnumerationLimit)
        {
            Enumerate(view, options, issues);
            options.Best.AsSpan(0, m).CopyTo(result);
        }
        else
        {
            CoordinateAscent(view, options, issues);
            digits.AsSpan(0, m).CopyTo(result);
        }
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

    /// <summary>Every combination of the candidates, from the current text in <see cref="CandidateValues.Digits"/>; the best ends in <see cref="CandidateValues.Best"/>.</summary>
    private static void Enumerate(MediatorView view, CandidateValues options, ReadOnlySpan<int> varying)
    {
        var digits = options.Digits;
        var best = options.Best;
        digits.CopyTo(best, 0);
        var bestScore = Score(view, digits);
        var bestChanges = 0;
        var tied = 1;
        var odometer = options.Odometer.AsSpan(0, varying.Length);
        odometer.Clear();
        while (true)
        {
            // Advance the odometer over the varying issues.
            var k = varying.Length - 1;
            while (k >= 0)
            {
                var issue = varying[k];
                if (++odometer[k] < options.Count(issue))
                {
                    digits[issue] = options[issue, odometer[k]];
                    break;
                }
                odometer[k] = 0;
                digits[issue] = options[issue, 0];
                k--;
            }
            if (k < 0)
            {
                return;
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

    /// <summary>Coordinate ascent from the current text in <see cref="CandidateValues.Digits"/>, where the local optimum ends.</summary>
    private static void CoordinateAscent(MediatorView view, CandidateValues options, ReadOnlySpan<int> varying)
    {
        var digits = options.Digits;
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
                for (var c = 0; c < options.Count(issue); c++)
                {
                    var v = options[issue, c];
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
    }
}
