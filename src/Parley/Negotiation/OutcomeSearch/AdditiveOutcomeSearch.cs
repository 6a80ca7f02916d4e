using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;

namespace Parley.Negotiation.OutcomeSearch;

/// <summary>
/// An <see cref="IOutcomeIndex"/> for spaces too large to materialise: it never enumerates the
/// space, but searches utility bands [target, target + w] by depth-first search over the issues,
/// using the per-issue additive structure (each issue's allowed values sorted by utility, and the
/// best and worst sums of the remaining issues) to prune every branch that cannot land in the
/// band. The band widens until it holds the requested window, so the answer equals what a fully
/// sorted index would give. Needs a profile without interaction terms; per-issue and cross-issue
/// red lines are honoured.
/// </summary>
public sealed class AdditiveOutcomeSearch : IOutcomeIndex
{
    private const int RandomTries = 10_000;
    private const int MinimumCapacity = 4096;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly PreferenceProfile _profile;
    private readonly OutcomeSpace _space;
    private readonly int[] _order;
    private readonly int[][] _values;
    private readonly double[][] _utilities;
    private readonly double[] _suffixMax;
    private readonly double[] _suffixMin;
    private readonly bool _hasCombinationLines;
    private readonly double _allowedCount;
    private readonly int[] _offsets;

    /// <summary>Prepares the search for <paramref name="profile"/>; throws when the profile has interaction terms.</summary>
    public AdditiveOutcomeSearch(PreferenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.Interactions.IsEmpty)
        {
            throw new ModelException($"profile '{profile.Name ?? "?"}' has interaction terms on a space of {profile.Space.Count} outcomes: negotiating needs an additive profile or at most {OutcomeIndex.MaterialiseLimit} outcomes");
        }
        _profile = profile;
        _space = profile.Space;
        var m = _space.IssueCount;
        _hasCombinationLines = profile.RedLines.Any(r => r is not IssueRedLine);
        _offsets = OutcomeIndex.ValueOffsets(_space);

        var perIssueValues = new int[m][];
        var perIssueUtilities = new double[m][];
        var ranges = new double[m];
        _allowedCount = 1.0;
        for (var i = 0; i < m; i++)
        {
            var table = profile.IssueUtilities(i);
            var allowed = Enumerable.Range(0, table.Length).Where(v => profile.IsAllowed(i, v)).ToArray();
            var tableCopy = table.ToArray();
            Array.Sort(allowed, (a, b) => tableCopy[b].CompareTo(tableCopy[a]) is var c && c != 0 ? c : a.CompareTo(b));
            perIssueValues[i] = allowed;
            perIssueUtilities[i] = allowed.Select(v => tableCopy[v]).ToArray();
            ranges[i] = allowed.Length == 0 ? 0 : perIssueUtilities[i][0] - perIssueUtilities[i][^1];
            _allowedCount *= allowed.Length;
        }
        // Widest-range issues first: their choice decides the most, so bounds prune earliest.
        _order = Enumerable.Range(0, m).OrderByDescending(i => ranges[i]).ThenBy(i => i).ToArray();
        _values = _order.Select(i => perIssueValues[i]).ToArray();
        _utilities = _order.Select(i => perIssueUtilities[i]).ToArray();
        _suffixMax = new double[m + 1];
        _suffixMin = new double[m + 1];
        for (var k = m - 1; k >= 0; k--)
        {
            var us = _utilities[k];
            _suffixMax[k] = _suffixMax[k + 1] + (us.Length == 0 ? 0 : us[0]);
            _suffixMin[k] = _suffixMin[k + 1] + (us.Length == 0 ? 0 : us[^1]);
        }
        IsEmpty = _allowedCount == 0;
        if (!IsEmpty)
        {
            var top = Extreme(highest: true);
            var bottom = Extreme(highest: false);
            IsEmpty = !top.Found;
            MaxUtility = top.Utility;
            MinUtility = bottom.Utility;
        }
        if (IsEmpty)
        {
            MaxUtility = MinUtility = double.NegativeInfinity;
        }
    }

    /// <inheritdoc />
    public bool IsEmpty { get; }

    /// <inheritdoc />
    public double MaxUtility { get; }

    /// <inheritdoc />
    public double MinUtility { get; }

    /// <inheritdoc />
    public OutcomeChoice Choose(double target, int window, ReadOnlySpan<double> scores)
    {
        window = Math.Max(1, window);
        if (IsEmpty || target > MaxUtility + OutcomeIndex.Tolerance)
        {
            return OutcomeChoice.None;
        }
        var lo = target - OutcomeIndex.Tolerance;
        var span = Math.Max(MaxUtility - MinUtility, 1e-9);
        // Start with a band expected to hold about twice the window if utilities were spread evenly,
        // and widen it fourfold until it holds the window or reaches the best outcome.
        var width = Math.Max(span * 2.0 * window / _allowedCount, 1e-9);
        var scratch = ScratchFor(window);
        while (true)
        {
            var hi = lo + width;
            Collect(lo, hi, window, scratch);
            if (scratch.Found >= window || hi >= MaxUtility + OutcomeIndex.Tolerance)
            {
                break;
            }
            width *= 4;
        }
        return Pick(scratch, scores);
    }

    /// <inheritdoc />
    public OutcomeChoice Random(double atLeast, ref CounterRandom random)
    {
        if (IsEmpty || atLeast > MaxUtility + OutcomeIndex.Tolerance)
        {
            return OutcomeChoice.None;
        }
        var m = _space.IssueCount;
        Span<int> digits = stackalloc int[m];
        for (var attempt = 0; attempt < RandomTries; attempt++)
        {
            for (var k = 0; k < m; k++)
            {
                var values = _values[k];
                digits[_order[k]] = values[random.NextInt(values.Length)];
            }
            if (_hasCombinationLines && _profile.CrossedRedLine(digits) is not null)
            {
                continue;
            }
            var u = _profile.Utility(digits);
            if (u >= atLeast - OutcomeIndex.Tolerance)
            {
                return new OutcomeChoice(true, _space.Encode(digits), u);
            }
        }
        return Choose(atLeast, 1, []);
    }

    /// <summary>Branch and bound for the best (or worst) allowed outcome: values are tried best first, and a branch is cut when even its best completion cannot beat the incumbent.</summary>
    private OutcomeChoice Extreme(bool highest)
    {
        var m = _space.IssueCount;
        var current = new int[m];
        var bestDigits = new int[m];
        var bestValue = highest ? double.NegativeInfinity : double.PositiveInfinity;
        var found = false;
        Search(0, 0.0);
        if (!found)
        {
            return OutcomeChoice.None;
        }
        return new OutcomeChoice(true, _space.Encode(bestDigits), _profile.Utility(bestDigits));

        void Search(int k, double partial)
        {
            var us = _utilities[k];
            var values = _values[k];
            for (var step = 0; step < us.Length; step++)
            {
                var j = highest ? step : us.Length - 1 - step;
                var p = partial + us[j];
                var bound = p + (highest ? _suffixMax[k + 1] : _suffixMin[k + 1]);
                if (found && (highest ? bound <= bestValue : bound >= bestValue))
                {
                    return;
                }
                current[_order[k]] = values[j];
                if (k == m - 1)
                {
                    if (!_hasCombinationLines || _profile.CrossedRedLine(current) is null)
                    {
                        found = true;
                        bestValue = p;
                        current.CopyTo(bestDigits, 0);
                    }
                }
                else
                {
                    Search(k + 1, p);
                }
            }
        }
    }

    /// <summary>Of the kept candidates, the one with the best opponent score (ties: nearest the target).</summary>
    private OutcomeChoice Pick(Scratch s, ReadOnlySpan<double> scores)
    {
        if (s.Kept == 0)
        {
            return OutcomeChoice.None;
        }
        var m = _space.IssueCount;
        var best = s.Order[0];
        if (!scores.IsEmpty)
        {
            var bestScore = double.NegativeInfinity;
            // Kept candidates are ordered from the one nearest the target up, as the sorted
            // index's ranks are walked, so ties keep the one nearest the target.
            for (var j = 0; j < s.Kept; j++)
            {
                var slot = s.Order[j];
                var score = 0.0;
                for (var i = 0; i < m; i++)
                {
                    score += scores[_offsets[i] + s.Digits[(slot * m) + i]];
                }
                if (score > bestScore)
                {
                    bestScore = score;
                    best = slot;
                }
            }
        }
        return new OutcomeChoice(true, s.Outcomes[best], s.Utilities[best]);
    }

    /// <summary>
    /// Finds the allowed outcomes with utility in [lo, hi], counting them all but keeping only the
    /// <paramref name="keep"/> lowest (ordered by utility, ties by higher index first, which is the
    /// tail of the sorted index's order).
    /// </summary>
    private void Collect(double lo, double hi, int keep, Scratch scratch)
    {
        scratch.Found = 0;
        scratch.Kept = 0;
        scratch.Keep = Math.Min(keep, scratch.Outcomes.Length);
        Recurse(0, 0.0, lo, hi, scratch);
    }

    private void Recurse(int k, double partial, double lo, double hi, Scratch s)
    {
        var us = _utilities[k];
        var values = _values[k];
        var restMax = _suffixMax[k + 1];
        var restMin = _suffixMin[k + 1];
        var issue = _order[k];
        var last = k == _order.Length - 1;
        const double slack = 1e-12;
        for (var j = 0; j < us.Length; j++)
        {
            var p = partial + us[j];
            if (p + restMax < lo - slack)
            {
                break;
            }
            if (p + restMin > hi + slack)
            {
                continue;
            }
            s.Current[issue] = values[j];
            if (last)
            {
                Leaf(lo, hi, s);
            }
            else
            {
                Recurse(k + 1, p, lo, hi, s);
            }
        }
    }

    private void Leaf(double lo, double hi, Scratch s)
    {
        var m = _space.IssueCount;
        var digits = s.Current.AsSpan(0, m);
        var u = _profile.Utility(digits);
        if (u < lo || u > hi || (_hasCombinationLines && _profile.CrossedRedLine(digits) is not null))
        {
            return;
        }
        s.Found++;
        var index = _space.Encode(digits);
        int slot;
        if (s.Kept < s.Keep)
        {
            // Slots 0 .. Kept - 1 are in use; the next one is free.
            slot = s.Kept;
        }
        else
        {
            var worst = s.Order[s.Kept - 1];
            if (!Precedes(u, index, s.Utilities[worst], s.Outcomes[worst]))
            {
                return;
            }
            slot = worst;
            s.Kept--;
        }
        s.Outcomes[slot] = index;
        s.Utilities[slot] = u;
        digits.CopyTo(s.Digits.AsSpan(slot * m, m));
        // Insertion into the ordered list of kept slots.
        var pos = s.Kept;
        while (pos > 0 && Precedes(u, index, s.Utilities[s.Order[pos - 1]], s.Outcomes[s.Order[pos - 1]]))
        {
            s.Order[pos] = s.Order[pos - 1];
            pos--;
        }
        s.Order[pos] = slot;
        s.Kept++;
    }

    /// <summary>Order of kept candidates: lower utility first; at equal utility, the higher index first.</summary>
    private static bool Precedes(double u, long index, double otherU, long otherIndex) =>
        u < otherU || (u == otherU && index > otherIndex);

    private Scratch ScratchFor(int window)
    {
        var capacity = Math.Max(MinimumCapacity, window);
        var m = _space.IssueCount;
        var s = t_scratch;
        if (s is null || s.Outcomes.Length < capacity || s.Current.Length < m || s.Digits.Length < s.Outcomes.Length * m)
        {
            s = new Scratch(capacity, m);
            t_scratch = s;
        }
        return s;
    }

    private sealed class Scratch(int capacity, int issues)
    {
        public long[] Outcomes { get; } = new long[capacity];
        public double[] Utilities { get; } = new double[capacity];
        public int[] Order { get; } = new int[capacity];
        public int[] Digits { get; } = new int[capacity * issues];
        public int[] Current { get; } = new int[issues];
        public int Keep { get; set; }
        public int Kept { get; set; }
        public long Found { get; set; }
    }
}
