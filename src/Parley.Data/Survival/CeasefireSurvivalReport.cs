namespace Parley.Data.Survival;

/// <summary>Everything <see cref="CeasefireSurvival.Analyse"/> computes.</summary>
/// <param name="Filter">The selection analysed (canonical form).</param>
/// <param name="Event">What counted as the end.</param>
/// <param name="Confidence">Confidence level.</param>
/// <param name="Selected">Ceasefires matching the filter.</param>
/// <param name="Excluded">Selected ceasefires that could not be used, by reason.</param>
/// <param name="Overall">Survival of all usable selected ceasefires.</param>
/// <param name="Splits">One split per requested feature.</param>
/// <param name="Unverified">Always true for this dataset: the end codes are Parley's reading.</param>
public sealed record CeasefireSurvivalReport(
    string Filter,
    CeasefireEvent Event,
    double Confidence,
    int Selected,
    IReadOnlyDictionary<string, int> Excluded,
    CeasefireGroupSummary Overall,
    IReadOnlyList<CeasefireSplit> Splits,
    bool Unverified);
