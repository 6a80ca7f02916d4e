using Parley.Data.Datasets;
using Parley.Data.Datasets.EthPrio;
using Parley.Data.Statistics;
using Parley.Domain;

namespace Parley.Data.Survival;

/// <summary>
/// How long ETH/PRIO ceasefires held: days in force from the effect date to the end date (both
/// counted). Which ends count as the event is chosen by <see cref="CeasefireEvent"/>; ceasefires
/// still in force (ended = 0) are censored at the end of the data, 31 December 2020. Ceasefires
/// that never took effect, lack a start date, or have an end that is unclear and undated (or
/// known but undated) cannot be placed in time and are left out, counted by reason. The end codes
/// are Parley's unverified reading (docs/data/codes.md), so results are labelled unverified.
/// </summary>
public static class CeasefireSurvival
{
    private const string EndingAll = "all";

    /// <summary>Last day covered by the data: ceasefires still in force are censored here.</summary>
    public static DateOnly CoverageEnd { get; } = new(2020, 12, 31);

    /// <summary>The days at which the share still holding is reported by default.</summary>
    public static IReadOnlyList<int> DefaultDays { get; } = [30, 90, 365];

    /// <summary>Turns <paramref name="ceasefires"/> into observations under <paramref name="ev"/>.</summary>
    public static CeasefireObservations Observe(IEnumerable<Ceasefire> ceasefires, CeasefireEvent ev)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        var observations = new List<SurvivalObservation>();
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Exclude(string reason) => excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
        var coverage = new PartialDate(CoverageEnd.Year, CoverageEnd.Month, CoverageEnd.Day);
        foreach (var c in ceasefires)
        {
            if (c.EndKind == CeasefireEnd.NeverInEffect)
            {
                Exclude("never took effect");
                continue;
            }
            if (c.Start is not { } start)
            {
                Exclude("no start date");
                continue;
            }
            if (c.EndKind == CeasefireEnd.Ongoing)
            {
                var days = PartialDate.InclusiveDays(start, coverage);
                observations.Add(new SurvivalObservation(days ?? 1, false));
                continue;
            }
            if (c.End is null)
            {
                Exclude(c.EndKind == CeasefireEnd.Unclear ? "end unclear and undated" : "end known but undated");
                continue;
            }
            if (c.DurationDays is not { } duration)
            {
                Exclude("end before start");
                continue;
            }
            var isEvent = ev == CeasefireEvent.AnyEnd || c.EndKind == CeasefireEnd.BrokeDown;
            observations.Add(new SurvivalObservation(duration, isEvent));
        }
        return new CeasefireObservations(observations, excluded);
    }

    /// <summary>Summarises one group of observations.</summary>
    public static CeasefireGroupSummary Summarise(
        string group,
        string label,
        bool verified,
        IReadOnlyList<SurvivalObservation> observations,
        IReadOnlyList<int> days,
        double confidence)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(days);
        var curve = KaplanMeier.Estimate(observations, confidence);
        var holding = days.Select(d =>
        {
            var p = curve.At(d);
            return new HoldingShare(d, p.Survival, p.Lower, p.Upper, p.AtRisk);
        }).ToArray();
        var exposure = curve.TotalTime;
        var hazard = Intervals.PoissonRate(curve.Events, exposure, confidence);
        return new CeasefireGroupSummary(group, label, verified, curve.Count, curve.Events, curve.Censored, exposure,
            curve.Median, holding, hazard);
    }

    /// <summary>
    /// Survival of the ceasefires matching <paramref name="filter"/>, overall and split by each of
    /// <paramref name="splitBy"/> (coded features), with log-rank tests.
    /// </summary>
    public static CeasefireSurvivalReport Analyse(
        IReadOnlyCollection<Ceasefire> ceasefires,
        CeasefireFilter filter,
        IReadOnlyList<string> splitBy,
        CeasefireEvent ev = CeasefireEvent.Breakdown,
        IReadOnlyList<int>? days = null,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(splitBy);
        days ??= DefaultDays;
        if (days.Any(d => d < 0))
        {
            throw new ModelException("holding days must be 0 or more: e.g. 30,90,365");
        }
        var selected = ceasefires.Where(filter.Matches).ToList();
        var overall = Observe(selected, ev);
        if (overall.Observations.Count == 0)
        {
            throw new ModelException($"no usable ceasefires match filter '{filter}': widen the filter");
        }
        var summary = Summarise(EndingAll, "all selected ceasefires", false, overall.Observations, days, confidence);
        var splits = splitBy.Select(name => Split(selected, CeasefireFeatures.Find(name), ev, days, confidence)).ToArray();
        return new CeasefireSurvivalReport(filter.ToString(), ev, confidence, selected.Count, overall.Excluded, summary, splits, true);
    }

    /// <summary>
    /// The Kaplan-Meier curves behind <see cref="Analyse"/>: the whole selection, then each group of
    /// each split (groups with no usable ceasefire are skipped).
    /// </summary>
    public static IReadOnlyList<CurveGroup> Curves(
        IReadOnlyCollection<Ceasefire> ceasefires,
        CeasefireFilter filter,
        IReadOnlyList<string> splitBy,
        CeasefireEvent ev = CeasefireEvent.Breakdown,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ceasefires);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(splitBy);
        var selected = ceasefires.Where(filter.Matches).ToList();
        var all = Observe(selected, ev).Observations;
        if (all.Count == 0)
        {
            throw new ModelException($"no usable ceasefires match filter '{filter}': widen the filter");
        }
        var curves = new List<CurveGroup> { new(EndingAll, EndingAll, "all selected ceasefires", false, KaplanMeier.Estimate(all, confidence)) };
        foreach (var name in splitBy)
        {
            var feature = CeasefireFeatures.Find(name);
            var codes = feature.Codes ?? throw NotCoded(feature);
            foreach (var byCode in selected.GroupBy(c => feature.Number!(c) ?? int.MinValue).OrderBy(g => g.Key))
            {
                var obs = Observe(byCode, ev).Observations;
                if (obs.Count > 0)
                {
                    var meaning = codes[byCode.Key];
                    curves.Add(new CurveGroup(feature.Name, meaning.Code, meaning.Label, meaning.Verified, KaplanMeier.Estimate(obs, confidence)));
                }
            }
        }
        return curves;
    }

    private static CeasefireSplit Split(List<Ceasefire> selected, CeasefireFeature feature, CeasefireEvent ev, IReadOnlyList<int> days, double confidence)
    {
        if (feature.Codes is not { } codes)
        {
            throw NotCoded(feature);
        }
        var groups = new List<CeasefireGroupSummary>();
        var tested = new List<(string, IReadOnlyList<SurvivalObservation>)>();
        foreach (var byCode in selected.GroupBy(c => feature.Number!(c) ?? int.MinValue).OrderBy(g => g.Key))
        {
            var obs = Observe(byCode, ev).Observations;
            if (obs.Count == 0)
            {
                continue;
            }
            var meaning = codes[byCode.Key];
            groups.Add(Summarise(meaning.Code, meaning.Label, meaning.Verified, obs, days, confidence));
            tested.Add((meaning.Code, obs));
        }
        var test = tested.Count >= 2 && tested.Sum(t => t.Item2.Count(o => o.IsEvent)) > 0 ? LogRank.Test(tested) : null;
        return new CeasefireSplit(feature.Name, feature.Description, groups, test);
    }

    /// <summary>The setting an uncoded split names (through <see cref="SettingMessage"/>): a filter on the feature.</summary>
    public const string FilterSetting = "filter";

    private static ModelException NotCoded(CeasefireFeature feature) =>
        new(name => $"cannot split by '{feature.Name}': it is not a coded feature (use it in {name(FilterSetting)} instead)");
}
