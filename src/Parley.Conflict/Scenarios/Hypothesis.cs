using Parley.Domain;
using System.Collections.Immutable;

namespace Parley.Conflict.Scenarios;

/// <summary>
/// A named, switchable judgement about the parties (their war aims, reservation values, weights or
/// red lines), e.g. "limited-aims" or "unlimited-aims". Contested judgements live here, side by side,
/// never baked into the base scenario.
/// </summary>
/// <param name="Name">The name used on the command line (<c>--hypothesis NAME</c>).</param>
/// <param name="Description">What the hypothesis asserts.</param>
/// <param name="Parties">The parties as this hypothesis has them (the base parties with its overrides applied).</param>
public sealed record Hypothesis(string Name, string? Description, ImmutableArray<Party> Parties)
{
    /// <summary>The parties with an unlimited war aim under this hypothesis.</summary>
    public IEnumerable<Party> UnlimitedAims => Parties.Where(p => p.WarAim is { IsUnlimited: true });

    /// <summary>The war settings under this hypothesis (set by the reader when some hypothesis of the scenario has a <c>war:</c> section); null: the scenario's.</summary>
    public WarOverride? War { get; init; }
}
