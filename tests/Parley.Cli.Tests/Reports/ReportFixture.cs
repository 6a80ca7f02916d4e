using Parley.Data.Survival;
using Parley.Application.Results;

namespace Parley.Cli.Tests.Reports;

/// <summary>
/// A hand-made report (not from the engine) with known sizes, so tests can count rows by hand:
/// three hypotheses, one with an empty range and no texts, one with no agreement, survival or
/// time to agreement; 13 range points, 27 casualty and food points each.
/// </summary>
internal static class ReportFixture
{
    public const int RangePoints = 13;      // rounds 0..12, one a week
    public const int SeriesPoints = 27;     // days 0, 14, ..., 364
    public const int FrontierPoints = 6;
    public const string MapSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"120\" viewBox=\"0 0 200 120\"><title>Withdrawal-line options</title>"
        + "<path d=\"M10 10 L190 10 L190 110 L10 110 Z\" fill=\"#f3efe4\" stroke=\"#333\"/><text x=\"20\" y=\"60\">Zone &amp; buffer</text></svg>";

    public static readonly UtilityPoint[] Frontier =
    [
        new(0.20, 0.95), new(0.40, 0.86), new(0.55, 0.74), new(0.65, 0.62), new(0.80, 0.45), new(0.95, 0.18),
    ];

    public static RunReport Build(bool empirical = true, string? mapSvg = MapSvg, BelligerentPair? belligerents = null) => new(
        "Gaza 2025 ceasefire talks (test fixture)",
        belligerents ?? new BelligerentPair("Israel", "Hamas"),
        [Limited(), Unlimited(), Attrition()],
        [
            new SourceReference("ocha-2025", "OCHA, Humanitarian Situation Update, July 2025", "https://www.ochaopt.org/"),
            new SourceReference("wfp-2025", "WFP, Gaza market monitor, \"airdrops\" & trucks", "https://www.wfp.org/"),
            new SourceReference("pillar-1983", "Pillar, Negotiating Peace (Princeton, 1983)", null),
        ],
        mapSvg,
        [
            new WithdrawalOptionRow("700 m (Jan 2025)", 62.3, 0.171, 180_000),
            new WithdrawalOptionRow("1,100 m (Jul 2025)", 94.0, 0.258, 270_000),
            new WithdrawalOptionRow("October 2025 zone", 193.5, 0.53, null),
        ],
        [
            new AidChannelRow("Land crossings", 600, "trucks", 10_800, 2_160_000, 1_200_000, 0.056),
            new AidChannelRow("Airdrops", 10, "sorties", 126, 25_200, 820_000, 3.9),
        ],
        new RunMetadata(42, 1_000, 2, "0.1.0-test", TimeSpan.FromSeconds(12.4), "scenarios/gaza-2025/scenario.yaml (embedded)"),
        empirical ? Survival() : null,
        empirical ? BaseRates() : null)
    {
        MatchedSurvival = empirical ? Matched() : null,
    };

    private static HypothesisReport Limited() => new(
        "limited-aims",
        "Israel seeks the hostages' return and security guarantees; Hamas seeks survival, prisoners, withdrawal and aid.",
        1_872,
        0.2167,
        [],
        new UtilityPoint(0.45, 0.40),
        new SolutionText("ceasefire: phased with talks; withdrawal: 1,100 m; prisoners per hostage: 30; trucks per day: 600; aid: UN; Rafah: open", new UtilityPoint(0.62, 0.58)),
        new SolutionText("ceasefire: phased with talks; withdrawal: 1,100 m; prisoners per hostage: 33; trucks per day: 600; aid: mixed; Rafah: open", new UtilityPoint(0.60, 0.60)),
        Frontier,
        new AgreementReached("ceasefire: phased with talks; withdrawal: 700 m; prisoners per hostage: 30; trucks per day: 600; aid: UN; Rafah: open", new UtilityPoint(0.61, 0.57), 6, 42, Run: 0),
        Range(0.45, 0.012, 0.40, 0.010, 0.12, 0.02),
        [new("negotiated settlement", 612), new("ceasefire, collapsed", 188), new("stalemate", 120), new("military victory: Israel", 64), new("capitulation: Hamas", 16)],
        new Quartiles(28, 49, 84),
        new CeasefireHoldShares(0.91, 0.74, 0.52),
        Casualties(agreementDay: 42),
        Food(0.35, agreementDay: 42, after: 0.82))
    {
        CeasefireCurve = ModelCurve("limited-aims", 800, new CeasefireHoldShares(0.91, 0.74, 0.52)),
    };

    private static HypothesisReport Unlimited() => new(
        "unlimited-aims",
        "Israel seeks the eradication of Hamas and the expulsion of the population; Hamas as under limited aims.",
        0,
        0,
        [
            "war aim of Israel (unlimited: eradication, expulsion) leaves Hamas no outcome better than fighting on: the range is empty",
            "relaxing the aim to 'limited' reopens 1,872 outcomes",
        ],
        new UtilityPoint(0.45, 0.97),
        null,
        null,
        Frontier,
        null,
        Range(0.45, 0.004, 0.97, 0.002, 0, 0),
        [new("military victory: Israel", 410), new("stalemate", 380), new("ceasefire, collapsed", 150), new("negotiated settlement", 60)],
        new Quartiles(120, 210, 300),
        new CeasefireHoldShares(0.70, 0.40, 0.15),
        Casualties(agreementDay: null),
        Food(0.22, agreementDay: null, after: 0.22))
    {
        CeasefireCurve = ModelCurve("unlimited-aims", 150, new CeasefireHoldShares(0.70, 0.40, 0.15)),
    };

    private static HypothesisReport Attrition() => new(
        "attrition",
        "Both sides expect the other to tire first; costs are high but beliefs are far apart.",
        259,
        0.03,
        ["red line of Hamas (permanent end of the war now) leaves 259 outcomes; relaxing it to 'phased with talks' adds 1,204"],
        new UtilityPoint(0.55, 0.50),
        new SolutionText("ceasefire: permanent; withdrawal: 1,200 m; prisoners per hostage: 40; trucks per day: 800; aid: UN; Rafah: open", new UtilityPoint(0.57, 0.56)),
        new SolutionText("ceasefire: permanent; withdrawal: 1,200 m; prisoners per hostage: 38; trucks per day: 800; aid: UN; Rafah: open", new UtilityPoint(0.56, 0.57)),
        Frontier,
        null,
        Range(0.55, 0.002, 0.50, 0.003, 0.03, 0.001),
        [new("stalemate", 700), new("military victory: Israel", 300)],
        null,
        null,
        Casualties(agreementDay: null),
        Food(0.30, agreementDay: null, after: 0.30));

    private static RangePoint[] Range(double first, double firstSlope, double second, double secondSlope, double share, double shareSlope) =>
        [.. Enumerable.Range(0, RangePoints).Select(r => new RangePoint(r, 7 * r, first - (firstSlope * r), second - (secondSlope * r), Math.Min(1, share + (shareSlope * r)), Math.Min(1, 0.5 + (0.01 * r))))];

    private static CasualtyPoint[] Casualties(double? agreementDay)
    {
        var points = new CasualtyPoint[SeriesPoints];
        double f1 = 0, f2 = 0, s1 = 0, s2 = 0;
        for (var i = 0; i < SeriesPoints; i++)
        {
            var day = 14.0 * i;
            if (i > 0)
            {
                // Fighting slows to a tenth after an agreement (when there is one).
                var intensity = agreementDay is { } d && day > d ? 0.1 : 1.0;
                f1 += 14 * 1.25 * intensity;
                f2 += 14 * 0.25 * intensity;
                s1 += 14 * 18 * intensity;
                s2 += 14 * 55 * intensity;
            }
            points[i] = new CasualtyPoint(i, day, new SideCasualties(f1, f2), new SideCasualties(s1, s2));
        }
        return points;
    }

    private static FoodPoint[] Food(double before, double? agreementDay, double after) =>
        [.. Enumerable.Range(0, SeriesPoints).Select(i =>
        {
            var day = 14.0 * i;
            var share = agreementDay is { } d && day > d ? Math.Min(after, before + ((day - d) / 120 * (after - before))) : before;
            return new FoodPoint(i, day, share);
        })];

    private static EmpiricalSurvival Survival()
    {
        SurvivalPoint[] Curve(double hazard) =>
        [
            .. new[] { 0.0, 15, 30, 60, 90, 180, 270, 365, 540, 730 }.Select(d =>
            {
                var s = Math.Exp(-hazard * Math.Sqrt(d));
                return new SurvivalPoint(d, s, Math.Max(0, s - 0.06), Math.Min(1, s + 0.06), 100);
            }),
        ];
        return new EmpiricalSurvival(
            "hand-made test curves standing in for ETH/PRIO civil-conflict ceasefires",
            "ceasefire",
            [new SurvivalCurve("with third-party monitoring", 120, Curve(0.03)), new SurvivalCurve("without monitoring", 80, Curve(0.06))]);
    }

    /// <summary>The subset matching the scenario: 40 hand-made ceasefires, 10 of which broke down.</summary>
    private static EmpiricalSurvival Matched() => new(
        "hand-made test curve standing in for ETH/PRIO ceasefires located in Israel",
        "ceasefire",
        [new SurvivalCurve("held out of the fit: location=Israel", 40, SurvivalCurveOf(0.05)) { Selection = "location=Israel", Events = 10 }]);

    /// <summary>A model curve through the fixture's 30/90/365-day shares (from <paramref name="holds"/>), from <paramref name="count"/> ceasefires.</summary>
    public static SurvivalCurve ModelCurve(string name, int count, CeasefireHoldShares holds) => new(
        name,
        count,
        [
            new SurvivalPoint(1, 1, 1, 1, count),
            new SurvivalPoint(30, holds.At30Days, holds.At30Days, holds.At30Days, count),
            new SurvivalPoint(90, holds.At90Days, holds.At90Days, holds.At90Days, count),
            new SurvivalPoint(365, holds.At365Days, holds.At365Days, holds.At365Days, count),
        ]);

    private static SurvivalPoint[] SurvivalCurveOf(double hazard) =>
    [
        .. new[] { 0.0, 15, 30, 60, 90, 180, 270, 365 }.Select(d =>
        {
            var s = Math.Exp(-hazard * Math.Sqrt(d));
            return new SurvivalPoint(d, s, Math.Max(0, s - 0.1), Math.Min(1, s + 0.1), 40);
        }),
    ];

    /// <summary>100 coded cases (so each count is its share in %) and 7 not coded.</summary>
    private static EmpiricalEndings BaseRates() => new(
        "hand-made test counts standing in for UCDP conflict termination",
        [new("low activity", 42), new("peace agreement", 18), new("ceasefire", 9), new("victory", 16), new("other", 15)],
        NotCoded: 7);
}
