using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Statistics;

namespace Parley.Data.BaseRates;

/// <summary>
/// War duration distributions: COW wars in days from earliest start to latest end (both counted,
/// unknown days on the 15th, unknown months on 1 July), and UCDP dyad episodes in years from the
/// first to the last active year (both counted). Ongoing wars and episodes are left out and counted.
/// </summary>
public static class Durations
{
    /// <summary>Durations of COW wars, overall and by war type.</summary>
    public static IReadOnlyList<DurationSummary> Cow(IReadOnlyCollection<CowWar> wars)
    {
        ArgumentNullException.ThrowIfNull(wars);
        var dataset = wars.Select(w => w.DatasetId).FirstOrDefault() ?? "cow";
        var result = new List<DurationSummary>();
        void Add(string group, IReadOnlyCollection<CowWar> subset)
        {
            var known = subset.Where(w => w.DurationDays is not null).Select(w => (double)w.DurationDays!.Value).ToList();
            if (known.Count > 0)
            {
                result.Add(new DurationSummary(dataset, "days", group, Distribution.Of(known), subset.Count - known.Count));
            }
        }
        Add(EndingBaseRates.AllGroup, wars);
        var types = wars.Select(w => w.WarType).Distinct().Order().ToList();
        if (types.Count > 1)
        {
            foreach (var type in types)
            {
                Add(CowCodes.WarType[type].Display, wars.Where(w => w.WarType == type).ToList());
            }
        }
        return result;
    }

    /// <summary>Durations of ended UCDP dyad episodes, overall and by conflict type.</summary>
    public static IReadOnlyList<DurationSummary> Ucdp(IReadOnlyCollection<UcdpDyadEpisode> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var result = new List<DurationSummary>();
        void Add(string group, IReadOnlyCollection<UcdpDyadEpisode> subset)
        {
            var ended = subset.Where(e => e.Ended).Select(e => (double)e.SpanYears).ToList();
            if (ended.Count > 0)
            {
                result.Add(new DurationSummary(DatasetCatalog.UcdpTermination.Id, "years", group, Distribution.Of(ended), subset.Count - ended.Count));
            }
        }
        Add(EndingBaseRates.AllGroup, episodes);
        foreach (var type in episodes.Select(e => e.TypeOfConflict).Distinct().Order())
        {
            Add(UcdpCodes.TypeOfConflict[type].Display, episodes.Where(e => e.TypeOfConflict == type).ToList());
        }
        return result;
    }
}
