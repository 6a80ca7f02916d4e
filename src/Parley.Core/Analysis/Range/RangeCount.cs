namespace Parley.Analysis.Range;

/// <summary>
/// The size of a bargaining range: exact when <see cref="Lower"/> equals <see cref="Upper"/>, else
/// certified bounds (the true count is at least <see cref="Lower"/> and at most <see cref="Upper"/>),
/// given when the space is too large to count exactly in reasonable time and memory.
/// </summary>
/// <param name="Lower">At least this many outcomes are in the range.</param>
/// <param name="Upper">At most this many are.</param>
public readonly record struct RangeCount(long Lower, long Upper)
{
    /// <summary>An exact count.</summary>
    public static RangeCount Exact(long count) => new(count, count);

    /// <summary>True when the count is exact.</summary>
    public bool IsExact => Lower == Upper;

    /// <summary>The middle of the bounds (the count when exact).</summary>
    public long Estimate => Lower + ((Upper - Lower) / 2);
}
