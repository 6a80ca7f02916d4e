using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Randomness;

namespace Parley.Negotiation.OutcomeSearch;

/// <summary>
/// The allowed outcomes of a space, materialised once and sorted by the owner's utility (highest
/// first; ties by outcome index), with each outcome's value indices stored contiguously so that
/// scoring a window of candidates reads one block of memory. Finding the outcomes at or above a
/// target is a binary search. Value indices are stored already offset into the flat per-value
/// table layout (<see cref="OutcomeIndex.ValueOffsets"/>), so scoring a candidate is a gather. Works for any profile (interactions and cross-issue red lines
/// included), for spaces up to <see cref="OutcomeIndex.MaterialiseLimit"/> outcomes.
/// </summary>
internal sealed class SortedOutcomeIndex : IOutcomeIndex
{
    private readonly long[] _outcomes;
    private readonly double[] _utilities;
    private readonly int[] _values;
    private readonly int _issues;

    /// <summary>Enumerates and sorts the space for <paramref name="profile"/>.</summary>
    public SortedOutcomeIndex(PreferenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var space = profile.Space;
        if (space.Count > OutcomeIndex.MaterialiseLimit)
        {
            throw new ModelException($"the space has {space.Count} outcomes, more than the {OutcomeIndex.MaterialiseLimit} a sorted index holds: use OutcomeIndex.For");
        }
        _issues = space.IssueCount;
        var count = (int)space.Count;
        var outcomes = new List<long>(count);
        var utilities = new List<double>(count);
        var digits = new int[_issues];
        var hasCombinationLines = profile.RedLines.Any(r => r is not IssueRedLine);
        for (long index = 0; index < count; index++)
        {
            if (index > 0)
            {
                Increment(digits, space.Radices.AsSpan());
            }
            if (!IssueAllowed(profile, digits) || (hasCombinationLines && profile.CrossedRedLine(digits) is not null))
            {
                continue;
            }
            outcomes.Add(index);
            utilities.Add(profile.Utility(digits));
        }

        var keys = new double[outcomes.Count];
        _outcomes = outcomes.ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = -utilities[i];
        }
        Array.Sort(keys, _outcomes);
        SortTiesByIndex(keys, _outcomes);
        _utilities = new double[keys.Length];
        _values = new int[keys.Length * _issues];
        var offsets = OutcomeIndex.ValueOffsets(space);
        for (var i = 0; i < keys.Length; i++)
        {
            _utilities[i] = -keys[i];
            var row = _values.AsSpan(i * _issues, _issues);
            space.Decode(_outcomes[i], row);
            for (var k = 0; k < row.Length; k++)
            {
                row[k] += offsets[k];
            }
        }
        Space = space;
    }

    /// <summary>The space indexed.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>How many outcomes the owner's red lines allow.</summary>
    public int Count => _outcomes.Length;

    /// <inheritdoc />
    public bool IsEmpty => _outcomes.Length == 0;

    /// <inheritdoc />
    public double MaxUtility => IsEmpty ? double.NegativeInfinity : _utilities[0];

    /// <inheritdoc />
    public double MinUtility => IsEmpty ? double.NegativeInfinity : _utilities[^1];

    /// <summary>The outcome at rank <paramref name="rank"/> (0 = best for the owner).</summary>
    public long OutcomeAt(int rank) => _outcomes[rank];

    /// <summary>The owner's utility at rank <paramref name="rank"/>.</summary>
    public double UtilityAt(int rank) => _utilities[rank];

    /// <summary>How many allowed outcomes have own utility at least <paramref name="target"/> (within <see cref="OutcomeIndex.Tolerance"/>).</summary>
    public int CountAtOrAbove(double target)
    {
        var threshold = target - OutcomeIndex.Tolerance;
        int lo = 0, hi = _utilities.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_utilities[mid] >= threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <inheritdoc />
    public OutcomeChoice Choose(double target, int window, ReadOnlySpan<double> scores)
    {
        var end = CountAtOrAbove(target);
        if (end == 0)
        {
            return OutcomeChoice.None;
        }
        var start = Math.Max(0, end - Math.Max(1, window));
        var best = end - 1;
        if (!scores.IsEmpty && end - start > 1)
        {
            var bestScore = double.NegativeInfinity;
            var m = _issues;
            var values = _values.AsSpan(start * m, (end - start) * m);
            // From the rank nearest the target upwards, so that ties keep the one nearest the target.
            for (var rank = end - 1; rank >= start; rank--)
            {
                var row = values.Slice((rank - start) * m, m);
                var score = 0.0;
                foreach (var v in row)
                {
                    score += scores[v];
                }
                if (score > bestScore)
                {
                    bestScore = score;
                    best = rank;
                }
            }
        }
        return new OutcomeChoice(true, _outcomes[best], _utilities[best]);
    }

    /// <inheritdoc />
    public OutcomeChoice Random(double atLeast, ref CounterRandom random)
    {
        var end = CountAtOrAbove(atLeast);
        if (end == 0)
        {
            return OutcomeChoice.None;
        }
        var rank = random.NextInt(end);
        return new OutcomeChoice(true, _outcomes[rank], _utilities[rank]);
    }

    private static bool IssueAllowed(PreferenceProfile profile, ReadOnlySpan<int> digits)
    {
        for (var i = 0; i < digits.Length; i++)
        {
            if (!profile.IsAllowed(i, digits[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static void Increment(Span<int> digits, ReadOnlySpan<int> radices)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (++digits[i] < radices[i])
            {
                return;
            }
            digits[i] = 0;
        }
    }

    private static void SortTiesByIndex(double[] keys, long[] outcomes)
    {
        var runStart = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[runStart])
            {
                if (i - runStart > 1)
                {
                    Array.Sort(outcomes, runStart, i - runStart);
                }
                runStart = i;
            }
        }
    }
}
