using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Parley.Domain.Endings;

namespace Parley.Data.BaseRates;

/// <summary>
/// Base rates of how wars end: counts and shares per category, with Wilson intervals, overall or
/// split by war type and by era of the ending year. COW wars count once each (war-level ending);
/// UCDP counts episode endings (dyad-year rows with dyadterm = 1).
/// </summary>
public static class EndingBaseRates
{
    /// <summary>The name of the single group when not split.</summary>
    public const string AllGroup = "all";

    /// <summary>Ending base rates of COW wars (<paramref name="wars"/> from one COW file).</summary>
    public static EndingTable Cow(IReadOnlyCollection<CowWar> wars, EndingSplit split, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(wars);
        var dataset = wars.Select(w => w.DatasetId).FirstOrDefault() ?? "cow";
        var present = wars.Select(w => w.Ending).ToHashSet();
        var categories = CowCodes.Ending.Codes.Where(c => present.Contains(Enum.Parse<CowEnding>(c.Code))).ToArray();
        var groups = Split(wars, split,
            w => CowCodes.WarType[w.WarType].Display,
            w => w.EndYear,
            w => w.Ending.ToString(),
            categories, confidence);
        return new EndingTable(dataset, "wars", Describe(split), confidence, groups);
    }

    /// <summary>Ending base rates of UCDP dyad episodes (<paramref name="endings"/>: rows with dyadterm = 1).</summary>
    public static EndingTable Ucdp(IReadOnlyCollection<UcdpDyadYear> endings, EndingSplit split, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(endings);
        var categories = UcdpCodes.Outcome.Codes.Append(NotCoded).ToArray();
        var groups = Split(endings, split,
            e => UcdpCodes.TypeOfConflict[e.TypeOfConflict].Display,
            e => e.Year,
            e => e.Outcome?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NotCoded.Code,
            categories, confidence);
        return new EndingTable(DatasetCatalog.UcdpTermination.Id, "dyad episode endings", Describe(split), confidence, groups);
    }

    /// <summary>The category for UCDP endings whose outcome is blank.</summary>
    public static CodeMeaning NotCoded { get; } = new("none", "outcome not coded", true);

    /// <summary>"all", "type", "era" or "type,era".</summary>
    public static string Describe(EndingSplit split) => split switch
    {
        EndingSplit.None => AllGroup,
        EndingSplit.Type => "type",
        EndingSplit.Era => "era",
        _ => "type,era",
    };

    private static CategoryGroup[] Split<T>(
        IReadOnlyCollection<T> cases,
        EndingSplit split,
        Func<T, string> type,
        Func<T, int> year,
        Func<T, string> category,
        IReadOnlyList<CodeMeaning> categories,
        double confidence)
    {
        string Key(T item)
        {
            var parts = new List<string>(2);
            if (split.HasFlag(EndingSplit.Type))
            {
                parts.Add(type(item));
            }
            if (split.HasFlag(EndingSplit.Era))
            {
                parts.Add(Era.Of(year(item)).Name);
            }
            return parts.Count == 0 ? AllGroup : string.Join(" / ", parts);
        }
        int EraIndex(T item) => Era.Standard.ToList().IndexOf(Era.Of(year(item)));
        return cases
            .GroupBy(Key, StringComparer.Ordinal)
            .OrderBy(g => split.HasFlag(EndingSplit.Type) ? type(g.First()) : "", StringComparer.Ordinal)
            .ThenBy(g => split.HasFlag(EndingSplit.Era) ? EraIndex(g.First()) : 0)
            .Select(g => CategoryGroup.Count(g.Key, g.Select(category).ToArray(), categories, confidence))
            .ToArray();
    }
}
