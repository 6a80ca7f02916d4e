using Parley.Domain;

namespace Parley.Negotiation.OpponentModels;

/// <summary>
/// A frequency opponent model in the style of the HardHeaded agent (van Krimpen, Looije and
/// Hajizadeh, ANAC 2011; known here second-hand from descriptions of the GENIUS frequency model,
/// not from the paper): the estimated value of an option is how often the opponents proposed it,
/// relative to the most proposed option of its issue; an issue's weight grows each time an
/// opponent keeps that issue unchanged from its previous offer (it cares about it), by
/// <see cref="LearningRate"/> divided by the issue count, and the weights are renormalised to sum
/// to 1. Opponents' estimated utility of an outcome is the sum over issues of
/// weight x relative frequency, in [0, 1]. With several opponents all their offers are pooled.
/// </summary>
public sealed class FrequencyOpponentModel
{
    /// <summary>The weight learning rate (HardHeaded uses 0.2).</summary>
    public const double LearningRate = 0.2;

    private readonly int[][] _counts;
    private readonly int[] _maxCounts;
    private readonly double[] _weights;
    private readonly double[] _scores;
    private readonly int[] _offsets;
    private readonly int[][] _previous;
    private readonly bool[] _hasPrevious;
    private bool _dirty;

    /// <summary>Creates an empty model for <paramref name="space"/>, tracking up to <paramref name="parties"/> proposers.</summary>
    public FrequencyOpponentModel(OutcomeSpace space, int parties)
    {
        ArgumentNullException.ThrowIfNull(space);
        var m = space.IssueCount;
        _counts = new int[m][];
        _offsets = OutcomeSearch.OutcomeIndex.ValueOffsets(space);
        _scores = new double[_offsets[m]];
        for (var i = 0; i < m; i++)
        {
            _counts[i] = new int[space.Radices[i]];
        }
        _maxCounts = new int[m];
        _weights = new double[m];
        Array.Fill(_weights, 1.0 / m);
        _previous = new int[Math.Max(1, parties)][];
        for (var p = 0; p < _previous.Length; p++)
        {
            _previous[p] = new int[m];
        }
        _hasPrevious = new bool[_previous.Length];
    }

    /// <summary>How many offers and amendments the model has seen.</summary>
    public int Observations { get; private set; }

    /// <summary>The current issue weight estimates (sum to 1).</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Learns from a full offer by party <paramref name="party"/>.</summary>
    public void ObserveOffer(int party, ReadOnlySpan<int> digits)
    {
        var m = _counts.Length;
        var previous = _previous[party];
        if (_hasPrevious[party])
        {
            var step = LearningRate / m;
            var total = 1.0;
            for (var i = 0; i < m; i++)
            {
                if (digits[i] == previous[i])
                {
                    _weights[i] += step;
                    total += step;
                }
            }
            for (var i = 0; i < m; i++)
            {
                _weights[i] /= total;
            }
        }
        for (var i = 0; i < m; i++)
        {
            Count(i, digits[i]);
        }
        digits.CopyTo(previous);
        _hasPrevious[party] = true;
        Observations++;
        _dirty = true;
    }

    /// <summary>Learns from an amendment: the opponent asked for value <paramref name="value"/> of issue <paramref name="issue"/>.</summary>
    public void ObserveValue(int issue, int value)
    {
        Count(issue, value);
        Observations++;
        _dirty = true;
    }

    /// <summary>
    /// Weight x relative frequency of every value of every issue, flat as
    /// <see cref="OutcomeSearch.OutcomeIndex.ValueOffsets"/> lays it out: the additive score table
    /// that <see cref="OutcomeSearch.IOutcomeIndex.Choose"/> uses. Empty before any observation (no information).
    /// </summary>
    public ReadOnlySpan<double> Scores()
    {
        if (Observations == 0)
        {
            return [];
        }
        if (_dirty)
        {
            for (var i = 0; i < _counts.Length; i++)
            {
                var counts = _counts[i];
                var offset = _offsets[i];
                var max = _maxCounts[i];
                var scale = max == 0 ? 0.0 : _weights[i] / max;
                for (var v = 0; v < counts.Length; v++)
                {
                    _scores[offset + v] = counts[v] * scale;
                }
            }
            _dirty = false;
        }
        return _scores;
    }

    /// <summary>The opponents' estimated utility of an outcome, in [0, 1] (0 before any observation).</summary>
    public double Estimate(ReadOnlySpan<int> digits)
    {
        var scores = Scores();
        if (scores.IsEmpty)
        {
            return 0.0;
        }
        var u = 0.0;
        for (var i = 0; i < digits.Length; i++)
        {
            u += scores[_offsets[i] + digits[i]];
        }
        return u;
    }

    private void Count(int issue, int value)
    {
        var c = ++_counts[issue][value];
        if (c > _maxCounts[issue])
        {
            _maxCounts[issue] = c;
        }
    }
}
