namespace Parley.Data.Survival;

/// <summary>Ceasefires turned into survival observations, and how many could not be used and why.</summary>
/// <param name="Observations">One per usable ceasefire: days in force and whether it ended in the event.</param>
/// <param name="Excluded">Ceasefires left out, by reason.</param>
public sealed record CeasefireObservations(IReadOnlyList<SurvivalObservation> Observations, IReadOnlyDictionary<string, int> Excluded)
{
    /// <summary>Total ceasefires left out.</summary>
    public int ExcludedCount => Excluded.Values.Sum();
}
