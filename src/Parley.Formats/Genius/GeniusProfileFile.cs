using System.Collections.Immutable;
using Parley.Domain.Preferences;

namespace Parley.Formats.Genius;

/// <summary>
/// A GENIUS preference profile as read by <see cref="GeniusReader.ReadProfile"/>: the profile
/// itself plus what the file said that the profile does not model.
/// </summary>
/// <param name="Path">The profile file, as given.</param>
/// <param name="Profile">Weights normalised to sum to 1, per-issue value functions, reservation value and (kept, not applied) discount factor.</param>
/// <param name="IsUncertain">True when the root is <c>&lt;utility_space type="UNCERTAIN"&gt;</c>: a GENIUS preference-uncertainty variant of a base profile. Its utilities are read the same way.</param>
/// <param name="RawDiscountFactor">The text of <c>&lt;discount_factor value=".."&gt;</c> exactly as written, or null when the element is absent. <see cref="PreferenceProfile.DiscountFactor"/> holds it only when it is a number in (0, 1].</param>
/// <param name="Warnings">Things GENIUS tolerates that a reader should know about (an unusable discount factor, options with no evaluation, ...), each a one-line message naming file and line.</param>
public sealed record GeniusProfileFile(
    string Path,
    PreferenceProfile Profile,
    bool IsUncertain,
    string? RawDiscountFactor,
    ImmutableArray<string> Warnings)
{
    /// <summary>The reservation value (0 when the file has no <c>&lt;reservation&gt;</c>).</summary>
    public double ReservationValue => Profile.ReservationValue;

    /// <summary>The usable discount factor, or null when absent or unusable.</summary>
    public double? DiscountFactor => Profile.DiscountFactor;
}
