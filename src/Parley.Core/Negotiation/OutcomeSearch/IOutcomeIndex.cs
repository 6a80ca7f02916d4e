namespace Parley.Negotiation.OutcomeSearch;

/// <summary>
/// One party's precomputed view of an outcome space, ordered by its own utility, so that a
/// strategy finds "an outcome at or above my target" in logarithmic time instead of scanning the
/// space every round. Only outcomes the party's red lines allow are ever returned. Instances are
/// immutable and safe to share between threads; get them from <see cref="OutcomeIndex.For"/>.
/// </summary>
public interface IOutcomeIndex
{
    /// <summary>The owner's utility of its best allowed outcome (undefined when <see cref="IsEmpty"/>).</summary>
    double MaxUtility { get; }

    /// <summary>The owner's utility of its worst allowed outcome (undefined when <see cref="IsEmpty"/>).</summary>
    double MinUtility { get; }

    /// <summary>True when the owner's red lines exclude every outcome.</summary>
    bool IsEmpty { get; }

    /// <summary>
    /// Among the <paramref name="window"/> allowed outcomes with the lowest own utility that is still
    /// at least <paramref name="target"/> (every such outcome when there are fewer), the one with the
    /// highest opponent score (the sum over issues of the value's entry in
    /// <paramref name="scores"/>, laid out as <see cref="OutcomeIndex.ValueOffsets"/> says); ties,
    /// and empty <paramref name="scores"/> (no information), go to the outcome nearest the target
    /// (the lowest own utility, then the higher outcome index), the bid a time-dependent agent
    /// without an opponent model would make. Not found when no allowed outcome reaches the target.
    /// </summary>
    OutcomeChoice Choose(double target, int window, ReadOnlySpan<double> scores);

    /// <summary>
    /// A uniformly random allowed outcome with own utility at least <paramref name="atLeast"/>
    /// (exactly uniform for materialised indices; by rejection sampling for large spaces, falling
    /// back to the lowest outcome meeting the bound when sampling keeps missing).
    /// </summary>
    OutcomeChoice Random(double atLeast, ref Randomness.CounterRandom random);
}
