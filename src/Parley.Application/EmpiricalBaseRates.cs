using System.Globalization;
using Parley.Application.Results;
using Parley.Conflict.WarProcess;
using Parley.Data.BaseRates;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Datasets.Ucdp;
using Parley.Data.Priors;
using Parley.Data.Survival;

namespace Parley.Application;

/// <summary>
/// The report's base rates from the conflict datasets: Kaplan-Meier curves of ETH/PRIO ceasefire
/// breakdowns split by a clause feature (each group named in words, with its n), the subsets that
/// match the scenario (the ceasefires its hazard fit held out, and those with its text's clauses)
/// to hold the model's own curves against, and how UCDP conflict episodes ended, as shares of the
/// episodes whose outcome is coded. Code meanings are Parley's reading of ETH/PRIO
/// (docs/data/codes.md: the codebook is not in the stored material), so every label says "unverified".
/// </summary>
internal static class EmpiricalBaseRates
{
    /// <summary>Days the curves are drawn to.</summary>
    public const int HorizonDays = 730;

    private const string Breakdowns = "ETH/PRIO Civil Conflict Ceasefire dataset (code readings unverified): Kaplan-Meier of breakdowns (ended = 2), other ends censored, 95% log-log bands";

    /// <summary>The ETH/PRIO feature the first chart splits by, and its groups in words.</summary>
    private static readonly (string Label, string Filter, string Codes)[] WrittenGroups =
    [
        ("written: yes", "written=1|2", "written = 1 or 2 (two codes of unknown difference, both read as written)"),
        ("written: no", "written=0", "written = 0"),
        ("written: not coded", "written=-1", "written = -1 (unclear)"),
    ];

    /// <summary>The curves split by whether the ceasefire was written, all ceasefires first.</summary>
    public static EmpiricalSurvival ByFeature(IReadOnlyList<Ceasefire> ceasefires)
    {
        var curves = new List<SurvivalCurve>();
        if (Curve("all ceasefires", CeasefireSelection.All, ceasefires, string.Create(CultureInfo.InvariantCulture, $"the {ceasefires.Count:#,0} in the data, less those that never took effect or cannot be dated")) is { } all)
        {
            curves.Add(all);
        }
        foreach (var (label, filter, codes) in WrittenGroups)
        {
            if (Curve(label, CeasefireSelection.Parse(filter), ceasefires, codes) is { } c)
            {
                curves.Add(c);
            }
        }
        return new EmpiricalSurvival(Breakdowns, "ceasefire", curves);
    }

    /// <summary>
    /// The subsets of the data that match the scenario: the ceasefires its hazard fit held out (its
    /// <c>exclude</c>), those of its selection with every clause of its text, else its whole selection.
    /// </summary>
    public static EmpiricalSurvival Matching(IReadOnlyList<Ceasefire> ceasefires, CeasefireSettings? settings)
    {
        var selection = settings?.HazardDataset is null ? CeasefireSelection.All : CeasefireSelection.Parse(settings.HazardFilter, [.. settings.HazardExclude]);
        var curves = new List<SurvivalCurve>();
        foreach (var held in selection.Exclude)
        {
            var subset = new CeasefireSelection(selection.Filter.IsEmpty ? held : CeasefireFilter.Parse($"{selection.Filter},{held}"), []);
            if (Curve($"held out of the fit: {held}", subset, ceasefires, $"{subset.Filter} (the ceasefires the scenario's hazard fit leaves out, to be checked against)") is { } c)
            {
                curves.Add(c);
            }
        }
        var clauses = settings?.Clauses ?? CeasefireClause.None;
        var covariates = CeasefireClauseEffects.Covariates.Where(v => (v.Clauses & clauses) != 0).ToList();
        if (covariates.Count > 0)
        {
            var names = string.Join(", ", covariates.Select(v => v.Name));
            var readings = string.Join(", ", covariates.Select(v => v.Reading.Split(" (")[0]));
            bool WithClauses(Ceasefire c) => selection.Matches(c) && covariates.All(v => v.Value(c) == 1);
            if (Curve($"the text's clauses: {names}", WithClauses, ceasefires, $"{readings}, {(selection.IsAll() ? "among all ceasefires" : $"within {selection}")} (the scenario's {Describe(clauses)})") is { } c)
            {
                curves.Add(c);
            }
        }
        if (curves.Count == 0 && Curve($"the scenario's selection: {selection}", selection, ceasefires, selection.IsAll() ? "every ceasefire in the data (the scenario names no subset)" : selection.ToString()) is { } whole)
        {
            curves.Add(whole);
        }
        return new EmpiricalSurvival(Breakdowns, "ceasefire", curves);
    }

    /// <summary>How UCDP conflict episodes ended (rows with dyadterm = 1), as counts of the coded outcomes and the number not coded.</summary>
    public static EmpiricalEndings? Endings(IEnumerable<UcdpDyadYear> rows)
    {
        var endings = UcdpTerminationReader.Endings(rows);
        var table = EndingBaseRates.Ucdp([.. endings], EndingSplit.None);
        if (table.Groups.Count == 0)
        {
            return null;
        }
        var categories = table.Groups[0].Categories;
        var coded = categories.Where(c => c.Category != EndingBaseRates.NotCoded.Code)
            .GroupBy(c => c.Label, StringComparer.Ordinal)
            .Select(g => new EndingShare(g.Key, g.Sum(c => c.Count)))
            .ToList();
        var notCoded = categories.Where(c => c.Category == EndingBaseRates.NotCoded.Code).Sum(c => c.Count);
        return new EmpiricalEndings("UCDP Conflict Termination v3-2021, dyad episodes that ended (dyadterm = 1)", coded, notCoded);
    }

    private static SurvivalCurve? Curve(string label, Func<Ceasefire, bool> selected, IReadOnlyList<Ceasefire> ceasefires, string codes)
    {
        var observations = CeasefireSurvival.Observe(ceasefires.Where(selected), CeasefireEvent.Breakdown).Observations;
        if (observations.Count == 0)
        {
            return null;
        }
        var curve = KaplanMeier.Estimate(observations);
        return new SurvivalCurve(label, curve.Count, Points(curve)) { Selection = codes, Events = curve.Events };
    }

    private static SurvivalCurve? Curve(string label, CeasefireSelection selection, IReadOnlyList<Ceasefire> ceasefires, string codes) =>
        Curve(label, selection.Matches, ceasefires, codes);

    /// <summary>A curve's steps up to <see cref="HorizonDays"/>, bands clamped around the estimate.</summary>
    public static IReadOnlyList<SurvivalPoint> Points(KaplanMeierCurve curve) =>
        [.. curve.Steps.Where(s => s.Time <= HorizonDays).Select(s => new SurvivalPoint(s.Time, s.Survival, Math.Min(s.Lower, s.Survival), Math.Max(s.Upper, s.Survival), s.AtRisk))];

    private static string Describe(CeasefireClause clauses) =>
        $"clauses: {string.Join(", ", Enum.GetValues<CeasefireClause>().Where(c => c != CeasefireClause.None && clauses.HasFlag(c)).Select(c => c.ToString().ToLowerInvariant()))}";

    private static bool IsAll(this CeasefireSelection selection) => selection.Filter.IsEmpty && selection.Exclude.Count == 0;
}
