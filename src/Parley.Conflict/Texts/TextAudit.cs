using System.Globalization;
using Parley.Conflict.Scenarios;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;

namespace Parley.Conflict.Texts;

/// <summary>
/// Audits an agreement text of a scenario: its open clauses (each side's utility spread across the
/// readings and the value of clarifying each), the elements of the UN DPPA <i>Guidance on Mediation of
/// Ceasefires</i> (2022) it leaves out, and how long a ceasefire on it holds (<see cref="TextDurability"/>).
/// The two sides are the scenario's first two belligerents.
/// </summary>
public static class TextAudit
{
    /// <summary>Audits <paramref name="text"/> of <paramref name="scenario"/>.</summary>
    public static TextAuditResult Run(Scenario scenario, AgreementText text, TextDurability durability)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(durability);
        var sides = Sides(scenario);
        var defaults = scenario.Defaults;
        var gap = text.ReadingGap(sides[0].Profile!, sides[1].Profile!, defaults);
        var intervals = TextDurability.Days.ToDictionary(d => Key(d), d => durability.Survival(d, text.HazardFeatures, gap));
        return new TextAuditResult(
            text.Name,
            [.. text.Clauses.Select(c => View(scenario.Space, c))],
            [.. text.Clauses.Where(c => c.IsOpen).Select(c => Vague(scenario, text, c, sides, durability))],
            [.. MissingElements(scenario, text).Select(CeasefireElements.Key)],
            intervals.ToDictionary(kv => kv.Key, kv => kv.Value.Estimate),
            intervals.ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Lower, kv.Value.Upper }),
            [.. sides.Select(p => new PartyView(p.Name, TextReadings.ExpectedUtility(text, p.Profile!, defaults, p.Name), p.Profile!.ReservationValue, TextReadings.Accepts(text, p.Profile!, defaults, p.Name)))],
            new Dictionary<string, double> { [sides[0].Name] = gap.A, [sides[1].Name] = gap.B },
            TextFeatures.Keys(text.HazardFeatures),
            durability.Source);
    }

    /// <summary>
    /// The elements of the DPPA checklist <paramref name="text"/> does not settle. An element is settled
    /// by a provision in its own words, or: timing by phases with durations; detainees by an exchange
    /// schedule; lines by a precise clause on the scenario's map issue; humanitarian access by a
    /// precise or bounded clause on the scenario's aid-trucks issue.
    /// </summary>
    public static IReadOnlyList<CeasefireElement> MissingElements(Scenario scenario, AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        bool Settled(CeasefireElement e) => text.Provisions.ContainsKey(e) || e switch
        {
            CeasefireElement.Timing => text.Phases.Any(p => p.DurationDays is not null),
            CeasefireElement.Detainees => !text.Exchanges.IsEmpty,
            CeasefireElement.Lines => scenario.Map is { } map && text.ClauseOn(map.Issue) is { Precision: ClausePrecision.Precise },
            CeasefireElement.HumanitarianAccess => scenario.Aid.TrucksIssue is { } trucks && text.ClauseOn(trucks) is { Precision: not ClausePrecision.Vague },
            _ => false,
        };
        return [.. CeasefireElements.All.Where(e => !Settled(e))];
    }

    /// <summary>The Nash product of the two sides' expected gains over their reservation values (0 when either gains nothing or refuses).</summary>
    public static double NashProduct(AgreementText text, Party a, Party b, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double Gain(Party p) => TextReadings.Accepts(text, p.Profile!, defaults, p.Name)
            ? Math.Max(0, TextReadings.ExpectedUtility(text, p.Profile!, defaults, p.Name) - p.Profile!.ReservationValue)
            : 0;
        return Gain(a) * Gain(b);
    }

    private static Party[] Sides(Scenario scenario)
    {
        var sides = scenario.Signatories.Where(p => p.Profile is not null).Take(2).ToArray();
        return sides.Length == 2
            ? sides
            : throw new ModelException("a text audit needs two belligerents with preferences: the scenario has fewer");
    }

    private static VagueClauseView Vague(Scenario scenario, AgreementText text, TextClause clause, Party[] sides, TextDurability durability)
    {
        var defaults = scenario.Defaults;
        var issue = scenario.Space.Issues[clause.Issue!.Value];
        var before = NashProduct(text, sides[0], sides[1], defaults);
        var durabilityBefore = Year(text, sides, defaults, durability);
        var best = clause.Readings[0].Value;
        var bestNash = double.NegativeInfinity;
        var acceptable = new List<string>();
        foreach (var r in clause.Readings)
        {
            var clarified = text.Clarify(clause.Id, r.Value);
            var nash = NashProduct(clarified, sides[0], sides[1], defaults);
            if (sides.All(p => TextReadings.Accepts(clarified, p.Profile!, defaults, p.Name)))
            {
                acceptable.Add(issue.FormatValue(r.Value));
            }
            if (nash > bestNash)
            {
                (best, bestNash) = (r.Value, nash);
            }
        }
        var after = text.Clarify(clause.Id, best);
        var spread = sides.ToDictionary(p => p.Name, p =>
        {
            var (min, max) = TextReadings.UtilitySpread(text, clause, p.Profile!, defaults);
            return new[] { min, max };
        });
        var accepts = sides.ToDictionary(p => p.Name, p => new[]
        {
            TextReadings.Accepts(text, p.Profile!, defaults, p.Name), TextReadings.Accepts(after, p.Profile!, defaults, p.Name),
        });
        return new VagueClauseView(clause.Id, issue.Name, Name(clause.Precision), Readings(scenario.Space, clause), spread, bestNash - before,
            new Clarification(issue.FormatValue(best), [before, bestNash], acceptable, accepts, [durabilityBefore, Year(after, sides, defaults, durability)]));
    }

    private static double Year(AgreementText text, Party[] sides, IReadOnlyDictionary<int, int> defaults, TextDurability durability) =>
        durability.Survival(365, text.HazardFeatures, text.ReadingGap(sides[0].Profile!, sides[1].Profile!, defaults)).Estimate;

    private static ClauseView View(OutcomeSpace space, TextClause c) =>
        new(c.Id, c.Issue is { } i ? space.Issues[i].Name : null, Name(c.Precision), Readings(space, c));

    private static IReadOnlyList<ReadingView> Readings(OutcomeSpace space, TextClause c) =>
        c.Issue is { } i ? [.. c.Distribution().Select(r => new ReadingView(ValueOf(space.Issues[i], r.Value), r.Probability))] : [];

    private static object ValueOf(Issue issue, int value) => issue.IsNumeric ? issue.NumericValue(value) : issue.FormatValue(value);

    private static string Name(ClausePrecision p) => p switch
    {
        ClausePrecision.Precise => "precise",
        ClausePrecision.Bounded => "bounded",
        _ => "vague",
    };

    private static string Key(int day) => day.ToString(CultureInfo.InvariantCulture);
}
