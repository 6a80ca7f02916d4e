using System.Collections.Immutable;

namespace Parley.Domain.Texts;

/// <summary>
/// One way a clause can be read: a value of its issue and the weight the text's readers give it.
/// A party may weigh the readings its own way (<see cref="PartyWeights"/>, by party name).
/// </summary>
/// <param name="Value">The value index this reading means.</param>
/// <param name="Weight">Its weight (the clause's weights need not sum to 1: they are normalised).</param>
public sealed record ClauseReading(int Value, double Weight)
{
    /// <summary>Weights particular parties give this reading instead of <see cref="Weight"/>.</summary>
    public ImmutableDictionary<string, double> PartyWeights { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>The weight <paramref name="party"/> gives this reading (its own, else <see cref="Weight"/>).</summary>
    public double WeightFor(string? party) =>
        party is not null && PartyWeights.TryGetValue(party, out var w) ? w : Weight;
}
