namespace Parley.Negotiation.Protocols;

/// <summary>
/// The public record of a negotiation so far: every move, plus each tabled outcome's value
/// indices (decoded once, so strategies read them without dividing). Parties read it; only the
/// protocol appends to it.
/// </summary>
public sealed class NegotiationHistory
{
    private readonly int _issues;
    private Move[] _moves;
    private int[] _offsets;
    private int[] _digits;
    private int _digitCount;

    /// <summary>Creates an empty history for a space with <paramref name="issues"/> issues.</summary>
    public NegotiationHistory(int issues, int capacity = 16)
    {
        _issues = issues;
        capacity = Math.Max(4, capacity);
        _moves = new Move[capacity];
        _offsets = new int[capacity];
        _digits = new int[capacity * issues];
    }

    /// <summary>How many moves have been made.</summary>
    public int Count { get; private set; }

    /// <summary>Move <paramref name="index"/>, oldest first.</summary>
    public Move this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return _moves[index];
        }
    }

    /// <summary>The value indices of move <paramref name="index"/>'s outcome (empty when it has none).</summary>
    public ReadOnlySpan<int> Digits(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        var offset = _offsets[index];
        return offset < 0 ? [] : _digits.AsSpan(offset, _issues);
    }

    /// <summary>Empties the history for a new negotiation, keeping its arrays.</summary>
    internal void Clear()
    {
        Array.Clear(_moves, 0, Count);
        Count = 0;
        _digitCount = 0;
    }

    /// <summary>Appends a move; <paramref name="digits"/> are its outcome's value indices, or empty.</summary>
    internal int Add(in Move move, ReadOnlySpan<int> digits)
    {
        if (Count == _moves.Length)
        {
            Array.Resize(ref _moves, Count * 2);
            Array.Resize(ref _offsets, Count * 2);
        }
        if (digits.IsEmpty)
        {
            _offsets[Count] = -1;
        }
        else
        {
            if (_digitCount + _issues > _digits.Length)
            {
                Array.Resize(ref _digits, Math.Max(_digits.Length * 2, _issues * 4));
            }
            digits.CopyTo(_digits.AsSpan(_digitCount, _issues));
            _offsets[Count] = _digitCount;
            _digitCount += _issues;
        }
        _moves[Count] = move;
        return Count++;
    }
}
