using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;

namespace Parley.Negotiation.OutcomeSearch;

/// <summary>
/// An <see cref="IOutcomeIndex"/> for spaces too large to materialise, built on the per-issue
/// additive structure (meet in the middle): the issues are split into two groups of about equal
/// product size, each group's partial outcomes are enumerated once and sorted by their partial
/// utility, and every outcome is a pair (a, b) with utility u_a + u_b. A space of 10^8 outcomes
/// thus costs two lists of 10^4 entries. "The window lowest outcomes at or above a target" is
/// answered by a two-pointer scan (for each a, the first b that reaches the target) and a heap that
/// merges the pairs in increasing utility: O(sqrt N) per query instead of O(N). Utilities of the
/// candidates are then recomputed exactly (issue order, as the profile sums them) so the answer is
/// the one a fully sorted index would give. Needs a profile without interaction terms; per-issue
/// and cross-issue red lines are honoured.
/// </summary>
internal sealed class AdditiveOutcomeSearch : IOutcomeIndex
{
    /// <summary>The most partial outcomes either half may hold (4,000,000): about 1.6 x 10^13 outcomes in all.</summary>
    public const int MaximumHalf = 4_000_000;

    private const double Slack = 1e-9;
    private const int RandomTries = 1000;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly PreferenceProfile _profile;
    private readonly OutcomeSpace _space;
    private readonly int[] _offsets;
    private readonly bool _hasCombinationLines;
    private readonly Half _a;
    private readonly Half _b;
    private readonly int[] _order;
    private readonly int[][] _sortedValues;
    private readonly double[][] _sortedUtilities;
    private readonly double[] _suffixMax;
    private readonly double[] _suffixMin;

    /// <summary>Prepares the search for <paramref name="profile"/>; throws when the profile has interaction terms or the space is too large.</summary>
    public AdditiveOutcomeSearch(PreferenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.Interactions.IsEmpty)
        {
            throw new ModelException($"profile '{profile.Name ?? "?"}' has interaction terms on a space of {profile.Space.Count} outcomes: negotiating needs an additive profile or at most {OutcomeIndex.MaterialiseLimit} outcomes");
        }
        _profile = profile;
        _space = profile.Space;
        _offsets = OutcomeIndex.ValueOffsets(_space);
        _hasCombinationLines = profile.RedLines.Any(r => r is not IssueRedLine);
        var m = _space.IssueCount;

        var allowed = new int[m][];
        for (var i = 0; i < m; i++)
        {
            allowed[i] = Enumerable.Range(0, _space.Radices[i]).Where(v => profile.IsAllowed(i, v)).ToArray();
        }
        IsEmpty = allowed.Any(a => a.Length == 0);

        // Balance the halves: largest issues first, each to the half with the smaller product so far.
        var groupA = new List<int>();
        var groupB = new List<int>();
        double productA = 1, productB = 1;
        foreach (var i in Enumerable.Range(0, m).OrderByDescending(i => allowed[i].Length).ThenBy(i => i))
        {
            if (productA <= productB)
            {
                groupA.Add(i);
                productA *= Math.Max(1, allowed[i].Length);
            }
            else
            {
                groupB.Add(i);
                productB *= Math.Max(1, allowed[i].Length);
            }
        }
        if (Math.Max(productA, productB) > MaximumHalf)
        {
            throw new ModelException($"the space has {_space.Count} outcomes, too many to negotiate on (a half of {Math.Max(productA, productB):0} partial outcomes exceeds {MaximumHalf}): coarsen or merge issues");
        }
        groupA.Sort();
        groupB.Sort();
        _a = IsEmpty ? Half.Empty : new Half(profile, groupA.ToArray(), allowed, _offsets);
        _b = IsEmpty ? Half.Empty : new Half(profile, groupB.ToArray(), allowed, _offsets);

        // Per issue, allowed values by falling utility: for the branch and bound of the extremes.
        _order = Enumerable.Range(0, m).ToArray();
        _sortedValues = new int[m][];
        _sortedUtilities = new double[m][];
        for (var i = 0; i < m; i++)
        {
            var table = profile.IssueUtilities(i).ToArray();
            _sortedValues[i] = allowed[i].OrderByDescending(v => table[v]).ThenBy(v => v).ToArray();
            _sortedUtilities[i] = _sortedValues[i].Select(v => table[v]).ToArray();
        }
        _suffixMax = new double[m + 1];
        _suffixMin = new double[m + 1];
        for (var k = m - 1; k >= 0; k--)
        {
            var us = _sortedUtilities[k];
            _suffixMax[k] = _suffixMax[k + 1] + (us.Length == 0 ? 0 : us[0]);
            _suffixMin[k] = _suffixMin[k + 1] + (us.Length == 0 ? 0 : us[^1]);
        }
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
        var s = ScratchFor(window);
        Candidates(target, window, s);
        if (s.Count == 0)
        {
            return OutcomeChoice.None;
        }
        // Candidates are ordered nearest the target first; ties in score keep the nearest.
        var best = 0;
        if (!scores.IsEmpty)
        {
            var bestScore = double.NegativeInfinity;
            var candidates = s.Candidates;
            for (var c = 0; c < candidates.Length; c++)
            {
                var score = _a.Score(candidates[c].A, scores) + _b.Score(candidates[c].B, scores);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
        }
        var chosen = s.Candidates[best];
        return new OutcomeChoice(true, chosen.Index, chosen.Utility);
    }

    /// <inheritdoc />
    public OutcomeChoice Random(double atLeast, ref CounterRandom random)
    {
        if (IsEmpty || atLeast > MaxUtility + OutcomeIndex.Tolerance)
        {
            return OutcomeChoice.None;
        }
        var s = ScratchFor(1);
        var threshold = atLeast - OutcomeIndex.Tolerance - Slack;
        var first = s.First;
        var total = FirstReaching(threshold, first);
        if (total == 0)
        {
            return OutcomeChoice.None;
        }
        var digits = s.Digits;
        for (var attempt = 0; attempt < RandomTries; attempt++)
        {
            // A uniform pair among those whose partial sums reach the bound (64-bit multiply-shift;
            // relative bias below 2^-64), then the exact check.
            var r = (long)(((UInt128)random.NextUInt64() * (ulong)total) >> 64);
            var a = 0;
            while (r >= _b.Count - first[a])
            {
                r -= _b.Count - first[a];
                a++;
            }
            var b = first[a] + (int)r;
            _a.WriteDigits(a, digits, _offsets);
            _b.WriteDigits(b, digits, _offsets);
            if (_hasCombinationLines && _profile.CrossedRedLine(digits) is not null)
            {
                continue;
            }
            var u = _profile.Utility(digits);
            if (u >= atLeast - OutcomeIndex.Tolerance)
            {
                return new OutcomeChoice(true, _a.Index[a] + _b.Index[b], u);
            }
        }
        return Choose(atLeast, 1, []);
    }

    /// <summary>
    /// For each a, the first b (in increasing utility) with u_a + u_b at least <paramref name="threshold"/>
    /// (|B| when none), by a two-pointer sweep; returns how many pairs reach it.
    /// </summary>
    private long FirstReaching(double threshold, int[] first)
    {
        var ub = _b.Utility;
        var j = _b.Count;
        long total = 0;
        // a by rising utility: the threshold for b falls, so j only moves left.
        for (var a = 0; a < _a.Count; a++)
        {
            var need = threshold - _a.Utility[a];
            if (a == 0)
            {
                j = SortedSearch.LowerBound(ub.AsSpan(0, _b.Count), need);
            }
            else
            {
                while (j > 0 && ub[j - 1] >= need)
                {
                    j--;
                }
            }
            first[a] = j;
            total += _b.Count - j;
        }
        return total;
    }

    /// <summary>
    /// Fills the scratch with the allowed outcomes at or above the target with the lowest
    /// utilities, nearest the target first (lower utility, then higher index), at most
    /// <paramref name="window"/>: pairs come off a heap in increasing partial sum; those within
    /// <see cref="Slack"/> of the window's last are kept too, then all are re-ranked by their exact utility.
    /// </summary>
    private void Candidates(double target, int window, Scratch s)
    {
        var threshold = target - OutcomeIndex.Tolerance;
        var first = s.First;
        FirstReaching(threshold - Slack, first);
        var heap = s.Heap;
        var size = 0;
        for (var a = 0; a < _a.Count; a++)
        {
            if (first[a] < _b.Count)
            {
                heap[size++] = new HeapEntry(_a.Utility[a] + _b.Utility[first[a]], a, first[a]);
            }
        }
        for (var k = (size / 2) - 1; k >= 0; k--)
        {
            SiftDown(heap, size, k);
        }
        s.Count = 0;
        var kthSum = double.PositiveInfinity;
        var digits = s.Digits;
        while (size > 0)
        {
            var top = heap[0];
            if (s.Count >= window && top.Sum > kthSum + (2 * Slack))
            {
                break;
            }
            // Replace the top by the same a's next b, or remove it.
            if (top.B + 1 < _b.Count)
            {
                heap[0] = new HeapEntry(_a.Utility[top.A] + _b.Utility[top.B + 1], top.A, top.B + 1);
            }
            else
            {
                heap[0] = heap[--size];
            }
            SiftDown(heap, size, 0);

            _a.WriteDigits(top.A, digits, _offsets);
            _b.WriteDigits(top.B, digits, _offsets);
            if (_hasCombinationLines && _profile.CrossedRedLine(digits) is not null)
            {
                continue;
            }
            var u = _profile.Utility(digits);
            if (u < threshold)
            {
                continue;
            }
            s.Add(top.A, top.B, _a.Index[top.A] + _b.Index[top.B], u);
            if (s.Count == window)
            {
                kthSum = top.Sum;
            }
        }
        s.SortAndTrim(window);
    }

    private static void SiftDown(HeapEntry[] heap, int size, int k)
    {
        var item = heap[k];
        while (true)
        {
            var child = (2 * k) + 1;
            if (child >= size)
            {
                break;
            }
            if (child + 1 < size && heap[child + 1].Sum < heap[child].Sum)
            {
                child++;
            }
            if (heap[child].Sum >= item.Sum)
            {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = item;
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
            var us = _sortedUtilities[k];
            var values = _sortedValues[k];
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

    private Scratch ScratchFor(int window)
    {
        var s = t_scratch ??= new Scratch();
        s.Reserve(window, _a.Count, _space.IssueCount);
        return s;
    }

    private readonly record struct HeapEntry(double Sum, int A, int B);

    /// <summary>One group of issues: its partial outcomes sorted by partial utility.</summary>
    private sealed class Half
    {
        public static readonly Half Empty = new();

        private readonly int[] _issues;
        private readonly int[] _values;

        private Half()
        {
            _issues = [];
            _values = [];
            Utility = [];
            Index = [];
        }

        public Half(PreferenceProfile profile, int[] issues, int[][] allowed, int[] offsets)
        {
            var space = profile.Space;
            _issues = issues;
            var count = 1;
            foreach (var i in issues)
            {
                count *= allowed[i].Length;
            }
            var width = issues.Length;
            var utilities = new double[count];
            var indices = new long[count];
            var values = new int[count * width];
            var odometer = new int[width];
            for (var e = 0; e < count; e++)
            {
                var u = 0.0;
                long index = 0;
                for (var k = 0; k < width; k++)
                {
                    var issue = issues[k];
                    var v = allowed[issue][odometer[k]];
                    u += profile.IssueUtilities(issue)[v];
                    index += v * space.Stride(issue);
                    values[(e * width) + k] = offsets[issue] + v;
                }
                utilities[e] = u;
                indices[e] = index;
                for (var k = width - 1; k >= 0; k--)
                {
                    if (++odometer[k] < allowed[issues[k]].Length)
                    {
                        break;
                    }
                    odometer[k] = 0;
                }
            }
            // Sort by utility, ties by index, carrying the value rows along.
            var order = Enumerable.Range(0, count).ToArray();
            Array.Sort(order, (x, y) => utilities[x] != utilities[y] ? utilities[x].CompareTo(utilities[y]) : indices[x].CompareTo(indices[y]));
            Utility = order.Select(o => utilities[o]).ToArray();
            Index = order.Select(o => indices[o]).ToArray();
            _values = new int[count * width];
            for (var e = 0; e < count; e++)
            {
                Array.Copy(values, order[e] * width, _values, e * width, width);
            }
        }

        public int Count => Utility.Length;

        public double[] Utility { get; }

        public long[] Index { get; }

        public double Score(int entry, ReadOnlySpan<double> scores)
        {
            var width = _issues.Length;
            var score = 0.0;
            for (var k = 0; k < width; k++)
            {
                score += scores[_values[(entry * width) + k]];
            }
            return score;
        }

        public void WriteDigits(int entry, Span<int> digits, int[] offsets)
        {
            var width = _issues.Length;
            for (var k = 0; k < width; k++)
            {
                var issue = _issues[k];
                digits[issue] = _values[(entry * width) + k] - offsets[issue];
            }
        }
    }

    /// <summary>A candidate outcome: its pair of partial outcomes, index and exact utility.</summary>
    private readonly record struct Candidate(int A, int B, long Index, double Utility);

    /// <summary>Nearest the target first: lower utility, then (as the sorted index ranks ties) the higher index.</summary>
    private sealed class NearestFirst : IComparer<Candidate>
    {
        public static readonly NearestFirst Instance = new();

        public int Compare(Candidate x, Candidate y) =>
            x.Utility != y.Utility ? x.Utility.CompareTo(y.Utility) : y.Index.CompareTo(x.Index);
    }

    /// <summary>Per-thread working memory, grown to the largest search seen; contents are per call.</summary>
    private sealed class Scratch
    {
        private Candidate[] _candidates = new Candidate[64];

        public int[] First { get; private set; } = [];

        public HeapEntry[] Heap { get; private set; } = [];

        public int[] Digits { get; private set; } = [];

        public int Count { get; set; }

        public ReadOnlySpan<Candidate> Candidates => _candidates.AsSpan(0, Count);

        public void Reserve(int window, int half, int issues)
        {
            if (_candidates.Length < window)
            {
                _candidates = new Candidate[window];
            }
            if (First.Length < half)
            {
                First = new int[half];
                Heap = new HeapEntry[half];
            }
            if (Digits.Length != issues)
            {
                Digits = new int[issues];
            }
        }

        public void Add(int a, int b, long index, double utility)
        {
            if (Count == _candidates.Length)
            {
                Array.Resize(ref _candidates, Count * 2);
            }
            _candidates[Count++] = new Candidate(a, b, index, utility);
        }

        /// <summary>Orders the candidates nearest the target first and keeps <paramref name="window"/>.</summary>
        public void SortAndTrim(int window)
        {
            Array.Sort(_candidates, 0, Count, NearestFirst.Instance);
            Count = Math.Min(window, Count);
        }
    }
}
