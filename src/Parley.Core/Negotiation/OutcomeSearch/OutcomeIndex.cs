using System.Runtime.CompilerServices;
using Parley.Domain.Preferences;

namespace Parley.Negotiation.OutcomeSearch;

/// <summary>
/// Builds and caches each profile's <see cref="IOutcomeIndex"/>: a materialised
/// <see cref="SortedOutcomeIndex"/> up to <see cref="MaterialiseLimit"/> outcomes, an
/// <see cref="AdditiveOutcomeSearch"/> beyond. The index is built once per profile instance and
/// shared by every negotiation and thread that uses the profile.
/// </summary>
public static class OutcomeIndex
{
    /// <summary>The largest space that is materialised and sorted (2,000,000 outcomes).</summary>
    public const long MaterialiseLimit = 2_000_000;

    /// <summary>Utilities closer than this count as equal when compared with a target.</summary>
    public const double Tolerance = 1e-12;

    private static readonly ConditionalWeakTable<PreferenceProfile, Lazy<IOutcomeIndex>> Cache = [];

    /// <summary>The index for <paramref name="profile"/>, built on first use.</summary>
    public static IOutcomeIndex For(PreferenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var lazy = Cache.GetValue(profile, p => new Lazy<IOutcomeIndex>(() => Build(p), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    /// <summary>
    /// Where each issue's values start in a flat per-value table (such as opponent scores): value v
    /// of issue i is entry offsets[i] + v; offsets[issue count] is the table's length.
    /// </summary>
    public static int[] ValueOffsets(Domain.OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var offsets = new int[space.IssueCount + 1];
        for (var i = 0; i < space.IssueCount; i++)
        {
            offsets[i + 1] = checked(offsets[i] + space.Radices[i]);
        }
        return offsets;
    }

    /// <summary>Builds a fresh index without caching it.</summary>
    public static IOutcomeIndex Build(PreferenceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Space.Count <= MaterialiseLimit ? new SortedOutcomeIndex(profile) : new AdditiveOutcomeSearch(profile);
    }
}
