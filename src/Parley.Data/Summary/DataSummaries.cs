using Parley.Data.Datasets;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Survival;

namespace Parley.Data.Summary;

/// <summary>Builds the per-dataset summaries shown by <c>parley data summary</c>.</summary>
public static class DataSummaries
{
    /// <summary>One summary per dataset, in catalogue order.</summary>
    public static IReadOnlyList<DatasetSummary> Of(ConflictData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [CowInter(data), CowIntra(data), UcdpTerm(data), UcdpPa(data), EthPrio(data), Pax(data)];
    }

    private static DatasetSummary Make(ConflictData data, DatasetInfo info, int rows, int units, string unitName, int first, int last, IEnumerable<SummaryItem> items) =>
        new(info.Id, info.Title, info.Version, info.PathIn(data.Directory), rows, units, unitName, first, last, items.ToArray(),
            data.Notes.Where(n => n.DatasetId == info.Id).Select(n => n.ToString()).ToArray());

    private static IEnumerable<SummaryItem> Endings(IEnumerable<CowWar> wars) =>
        wars.GroupBy(w => w.Ending).OrderBy(g => g.Key)
            .Select(g => new SummaryItem("ending: " + CowCodes.Ending[g.Key.ToString()].Label, g.Count(), true));

    private static SummaryItem MedianDuration(IEnumerable<CowWar> wars)
    {
        var durations = wars.Where(w => w.DurationDays is not null).Select(w => (double)w.DurationDays!.Value).ToArray();
        return new SummaryItem("median duration (days)", Statistics.Distribution.Of(durations).Median, true);
    }

    private static DatasetSummary CowInter(ConflictData data)
    {
        var wars = data.CowInterStateWars;
        return Make(data, DatasetCatalog.CowInterState, data.CowInterState.Count, wars.Count, "wars",
            wars.Min(w => w.Start.Year), wars.Max(w => w.EndYear), [.. Endings(wars), MedianDuration(wars)]);
    }

    private static DatasetSummary CowIntra(ConflictData data)
    {
        var wars = data.CowIntraStateWars;
        return Make(data, DatasetCatalog.CowIntraState, data.CowIntraState.Count, wars.Count, "wars",
            wars.Min(w => w.Start.Year), wars.Max(w => w.EndYear), [.. Endings(wars), MedianDuration(wars)]);
    }

    private static DatasetSummary UcdpTerm(ConflictData data)
    {
        var endings = UcdpTerminationReader.Endings(data.UcdpDyadYears);
        var episodes = UcdpTerminationReader.Episodes(data.UcdpDyadYears);
        var items = new List<SummaryItem>
        {
            new("dyad episodes", episodes.Count, true),
            new("episode endings (dyadterm = 1)", endings.Count, true),
        };
        items.AddRange(endings.GroupBy(e => e.Outcome ?? 0).OrderBy(g => g.Key == 0 ? int.MaxValue : g.Key).Select(g =>
            new SummaryItem("ending: " + (g.Key == 0 ? "outcome not coded" : UcdpCodes.Outcome[g.Key].Label), g.Count(), true)));
        return Make(data, DatasetCatalog.UcdpTermination, data.UcdpDyadYears.Count, endings.Count, "episode endings",
            data.UcdpDyadYears.Min(r => r.Year), data.UcdpDyadYears.Max(r => r.Year), items);
    }

    private static DatasetSummary UcdpPa(ConflictData data)
    {
        var pa = data.UcdpPeaceAgreements;
        var items = pa.GroupBy(a => a.Type).OrderBy(g => g.Key)
            .Select(g => new SummaryItem("type: " + UcdpCodes.PeaceAgreementType[g.Key].Label, g.Count(), false)).ToList();
        foreach (var column in Agreements.AgreementContent.HeadlineProvisions)
        {
            var meaning = UcdpProvisions.Columns[column];
            items.Add(new SummaryItem("with " + meaning.Label, pa.Count(a => a.Has(column)), false));
        }
        return Make(data, DatasetCatalog.UcdpPeaceAgreements, pa.Count, pa.Count, "agreements",
            pa.Min(a => a.Date.Year), pa.Max(a => a.Date.Year), items);
    }

    private static DatasetSummary EthPrio(ConflictData data)
    {
        var ceasefires = data.Ceasefires;
        var items = ceasefires.GroupBy(c => c.EndKind).OrderBy(g => g.Key)
            .Select(g => new SummaryItem("end: " + EthPrioCodes.Ended[Code(g.Key)].Label, g.Count(), false)).ToList();
        var usable = CeasefireSurvival.Observe(ceasefires, CeasefireEvent.Breakdown);
        items.Add(new SummaryItem("usable for survival", usable.Observations.Count, false));
        items.Add(new SummaryItem("rows with location Israel", data.EthPrioRows.Count(r => r.Location == "Israel"), true));
        var years = ceasefires.Where(c => c.Start is not null).Select(c => c.Start!.Value.Year).ToList();
        return Make(data, DatasetCatalog.EthPrioCeasefires, data.EthPrioRows.Count, ceasefires.Count, "ceasefires",
            years.Min(), years.Max(), items);
    }

    private static DatasetSummary Pax(ConflictData data)
    {
        var pax = data.PaxAgreements;
        var items = new List<SummaryItem>
        {
            new("ceasefire stage (Cea)", pax.Count(a => a.Stage == "Cea"), true),
            new("Israel/Palestine", pax.Count(a => a.IsIsraelPalestine), true),
            new("processes", pax.Select(a => a.ProcessId).Distinct().Count(), true),
        };
        return Make(data, DatasetCatalog.PaxAgreements, pax.Count, pax.Count, "agreements",
            pax.Min(a => a.Date.Year), pax.Max(a => a.Date.Year), items);
    }

    private static int Code(CeasefireEnd kind) => kind switch
    {
        CeasefireEnd.Ongoing => 0,
        CeasefireEnd.Expired => 1,
        CeasefireEnd.BrokeDown => 2,
        CeasefireEnd.NeverInEffect => 3,
        CeasefireEnd.Replaced => 4,
        _ => -1,
    };
}
