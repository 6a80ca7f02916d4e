namespace Parley.Conflict.Models;

/// <summary>
/// War values of a model's states, filled in as runs first reach them and shared by every worker
/// thread. A value is a deterministic function of its state, so two threads that compute the same
/// cell write the same numbers, and a reader sees either nothing (NaN) or the finished pair: the
/// second number is written before the first, which marks the cell as filled.
/// </summary>
internal sealed class WarValueCache
{
    private readonly double[] _a;
    private readonly double[] _b;

    /// <summary>Creates an empty cache of <paramref name="cells"/> states.</summary>
    public WarValueCache(int cells)
    {
        _a = new double[cells];
        _b = new double[cells];
        Array.Fill(_a, double.NaN);
    }

    /// <summary>Number of states.</summary>
    public int Length => _a.Length;

    /// <summary>The values of state <paramref name="cell"/> when already computed.</summary>
    public bool TryGet(int cell, out double valueA, out double valueB)
    {
        valueA = Volatile.Read(ref _a[cell]);
        if (double.IsNaN(valueA))
        {
            valueB = double.NaN;
            return false;
        }
        valueB = _b[cell];
        return true;
    }

    /// <summary>Stores the values of state <paramref name="cell"/>.</summary>
    public void Set(int cell, double valueA, double valueB)
    {
        _b[cell] = valueB;
        Volatile.Write(ref _a[cell], valueA);
    }
}
