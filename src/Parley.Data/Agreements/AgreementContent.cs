using Parley.Data.BaseRates;
using Parley.Data.Datasets;
using Parley.Data.Datasets.Pax;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Statistics;

namespace Parley.Data.Agreements;

/// <summary>What peace agreements contain: provision shares (UCDP, PA-X), the PA-X stage and type mix, and the Israel/Palestine subset.</summary>
public static class AgreementContent
{
    /// <summary>The UCDP provisions the issue asks about first: prisoner release, withdrawal, peacekeeping, ceasefire.</summary>
    public static IReadOnlyList<string> HeadlineProvisions { get; } =
        [UcdpProvisions.PrisonerRelease, UcdpProvisions.Withdrawal, UcdpProvisions.Peacekeeping, UcdpProvisions.Ceasefire];

    /// <summary>
    /// Shares of UCDP agreements with each provision in <paramref name="columns"/> (default: all
    /// provision columns), overall and by pa_type.
    /// </summary>
    public static IReadOnlyList<ProvisionGroup> Ucdp(IReadOnlyCollection<UcdpPeaceAgreement> agreements, IReadOnlyList<string>? columns = null, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var wanted = (columns ?? UcdpProvisions.Columns.Codes.Select(c => c.Code).ToArray())
            .Select(c => UcdpProvisions.Columns[c]).ToArray();
        var groups = new List<ProvisionGroup> { Shares(DatasetCatalog.UcdpPeaceAgreements.Id, EndingBaseRates.AllGroup, agreements, wanted, (a, col) => a.Has(col), confidence) };
        foreach (var type in agreements.GroupBy(a => a.Type).OrderBy(g => g.Key))
        {
            groups.Add(Shares(DatasetCatalog.UcdpPeaceAgreements.Id, UcdpCodes.PeaceAgreementType[type.Key].Display, type.ToList(), wanted, (a, col) => a.Has(col), confidence));
        }
        return groups;
    }

    /// <summary>Shares of PA-X agreements with each provision (0/1 columns coded 1; graded columns above 0), for all and for the Israel/Palestine subset.</summary>
    public static IReadOnlyList<ProvisionGroup> Pax(IReadOnlyCollection<PaxAgreement> agreements, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var provisions = PaxCodes.GradedProvisions.Codes.Concat(PaxCodes.BinaryProvisions.Codes).ToArray();
        static bool Has(PaxAgreement a, string column) =>
            a.Graded.TryGetValue(column, out var grade) ? grade > 0 : a.Provisions.Contains(column);
        var id = DatasetCatalog.PaxAgreements.Id;
        return
        [
            Shares(id, EndingBaseRates.AllGroup, agreements, provisions, Has, confidence),
            Shares(id, "Israel/Palestine", agreements.Where(a => a.IsIsraelPalestine).ToList(), provisions, Has, confidence),
        ];
    }

    /// <summary>The PA-X stage mix: counts and shares per Stage, overall and by agreement type.</summary>
    public static EndingTable PaxStages(IReadOnlyCollection<PaxAgreement> agreements, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var groups = new List<CategoryGroup>
        {
            CategoryGroup.Count(EndingBaseRates.AllGroup, agreements.Select(a => a.Stage).ToArray(), PaxCodes.Stage.Codes, confidence),
        };
        foreach (var type in PaxCodes.AgreementType.Codes)
        {
            var subset = agreements.Where(a => a.AgreementType == type.Code).Select(a => a.Stage).ToArray();
            if (subset.Length > 0)
            {
                groups.Add(CategoryGroup.Count(type.Display, subset, PaxCodes.Stage.Codes, confidence));
            }
        }
        return new EndingTable(DatasetCatalog.PaxAgreements.Id, "agreements", "agreement type", confidence, groups);
    }

    /// <summary>The PA-X agreement-type mix: counts and shares per Agtp.</summary>
    public static CategoryGroup PaxTypes(IReadOnlyCollection<PaxAgreement> agreements, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return CategoryGroup.Count(EndingBaseRates.AllGroup, agreements.Select(a => a.AgreementType).ToArray(), PaxCodes.AgreementType.Codes, confidence);
    }

    /// <summary>The PA-X agreements concerning Israel or Palestine, oldest first.</summary>
    public static IReadOnlyList<PaxListing> IsraelPalestine(IEnumerable<PaxAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return agreements.Where(a => a.IsIsraelPalestine).OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new PaxListing(a.Id, a.Date, a.Name, a.Country, a.Stage, PaxCodes.Stage[a.Stage].Display, a.AgreementType,
                a.Status, a.Ceasefire,
                PaxCodes.BinaryProvisions.Codes.Where(c => a.Provisions.Contains(c.Code)).Select(c => c.Label).ToArray()))
            .ToArray();
    }

    private static ProvisionGroup Shares<T>(string dataset, string group, IReadOnlyCollection<T> items, IReadOnlyList<CodeMeaning> provisions, Func<T, string, bool> has, double confidence)
    {
        var total = items.Count;
        var shares = provisions.Select(p =>
        {
            var count = items.Count(i => has(i, p.Code));
            var ci = Intervals.Wilson(count, total, confidence);
            return new ProvisionShare(p.Code, p.Label, p.Verified, count, total, total == 0 ? 0 : ci.Estimate, ci.Lower, ci.Upper);
        }).ToArray();
        return new ProvisionGroup(dataset, group, total, shares);
    }
}
