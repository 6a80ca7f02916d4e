namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// Ceasefires that match <see cref="Filter"/> and none of <see cref="Exclude"/>: e.g. every ceasefire
/// except those located in Israel, so that a curve fitted on the selection can be checked against the
/// excluded subset without having seen it. An exclusion drops a ceasefire when it meets all of that
/// exclusion's clauses; an empty exclusion excludes nothing.
/// </summary>
/// <param name="Filter">What to keep.</param>
/// <param name="Exclude">What to leave out afterwards.</param>
public sealed record CeasefireSelection(CeasefireFilter Filter, IReadOnlyList<CeasefireFilter> Exclude)
{
    /// <summary>Every ceasefire.</summary>
    public static CeasefireSelection All { get; } = new(CeasefireFilter.All, []);

    /// <summary>Parses a filter and optional exclusions (each in <see cref="CeasefireFilter"/> syntax).</summary>
    public static CeasefireSelection Parse(string? filter, params string?[] exclude) =>
        new(CeasefireFilter.Parse(filter), exclude.Where(e => !string.IsNullOrWhiteSpace(e)).Select(CeasefireFilter.Parse).Where(f => !f.IsEmpty).ToArray());

    /// <summary>This selection with <paramref name="exclusion"/> also left out.</summary>
    public CeasefireSelection Without(CeasefireFilter exclusion)
    {
        ArgumentNullException.ThrowIfNull(exclusion);
        return exclusion.IsEmpty ? this : this with { Exclude = [.. Exclude, exclusion] };
    }

    /// <summary>True when <paramref name="ceasefire"/> is selected.</summary>
    public bool Matches(Ceasefire ceasefire)
    {
        ArgumentNullException.ThrowIfNull(ceasefire);
        if (!Filter.Matches(ceasefire))
        {
            return false;
        }
        foreach (var exclusion in Exclude)
        {
            if (!exclusion.IsEmpty && exclusion.Matches(ceasefire))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Canonical form: the filter, then " excluding " each exclusion.</summary>
    public override string ToString() =>
        Exclude.Count == 0 ? Filter.ToString() : Filter + string.Concat(Exclude.Select(e => " excluding " + e));
}
