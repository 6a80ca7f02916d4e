using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;

namespace Parley.Domain.Texts;

/// <summary>
/// What the open clauses of a text mean to a party: its expected utility over the readings as it
/// weighs them, whether it accepts, the spread of its utility across one clause's readings, the
/// reading it prefers, and the gap between the two sides' preferred readings. Open clauses are read
/// independently of each other; issues no clause binds take their defaults.
/// </summary>
public static class TextReadings
{
    /// <summary>The most combinations of readings a text may have.</summary>
    public const int MaxCombinations = 1_000_000;

    /// <summary>Every combination of readings of the open clauses, as full outcomes with their probability as <paramref name="party"/> weighs them (null: the text's weights).</summary>
    public static IEnumerable<(Outcome Outcome, double Probability)> Outcomes(AgreementText text, OutcomeSpace space, IReadOnlyDictionary<int, int> defaults, string? party = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var baseOutcome = text.Complete(space, defaults);
        var open = text.Clauses.Where(c => c.Issue is not null && c.IsOpen).Select(c => (Issue: c.Issue!.Value, Readings: c.Distribution(party))).ToArray();
        var combinations = open.Aggregate(1L, (n, c) => n * c.Readings.Length);
        if (combinations > MaxCombinations)
        {
            throw new ModelException($"text '{text.Name}' has {combinations} combinations of readings (at most {MaxCombinations}): make some clauses precise");
        }
        return Enumerate(baseOutcome, open);
    }

    private static IEnumerable<(Outcome, double)> Enumerate(Outcome baseOutcome, (int Issue, System.Collections.Immutable.ImmutableArray<(int Value, double Probability)> Readings)[] open)
    {
        var choice = new int[open.Length];
        while (true)
        {
            var outcome = baseOutcome;
            var p = 1.0;
            for (var k = 0; k < open.Length; k++)
            {
                var (value, probability) = open[k].Readings[choice[k]];
                outcome = outcome.With(open[k].Issue, value);
                p *= probability;
            }
            yield return (outcome, p);
            var j = 0;
            while (j < open.Length && ++choice[j] == open[j].Readings.Length)
            {
                choice[j++] = 0;
            }
            if (j == open.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>The expected utility of the text to <paramref name="profile"/> over the readings as <paramref name="party"/> weighs them.</summary>
    public static double ExpectedUtility(AgreementText text, PreferenceProfile profile, IReadOnlyDictionary<int, int> defaults, string? party = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Outcomes(text, profile.Space, defaults, party).Sum(o => o.Probability * profile.Utility(o.Outcome));
    }

    /// <summary>
    /// Whether the party accepts the text: no reading it gives weight crosses one of its red lines,
    /// and its expected utility is at least its reservation value.
    /// </summary>
    public static bool Accepts(AgreementText text, PreferenceProfile profile, IReadOnlyDictionary<int, int> defaults, string? party = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var eu = 0.0;
        foreach (var (outcome, p) in Outcomes(text, profile.Space, defaults, party))
        {
            if (p > 0 && profile.CrossedRedLine(outcome.ValueIndices.AsSpan()) is not null)
            {
                return false;
            }
            eu += p * profile.Utility(outcome);
        }
        return eu >= profile.ReservationValue;
    }

    /// <summary>The lowest and highest utility of the text to <paramref name="profile"/> across the readings of <paramref name="clause"/> (the other clauses at their modal reading).</summary>
    public static (double Min, double Max) UtilitySpread(AgreementText text, TextClause clause, PreferenceProfile profile, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(profile);
        var outcome = text.Complete(profile.Space, defaults);
        if (clause.Issue is not { } issue)
        {
            var u = profile.Utility(outcome);
            return (u, u);
        }
        var utilities = clause.Readings.Select(r => profile.Utility(outcome.With(issue, r.Value))).ToArray();
        return (utilities.Min(), utilities.Max());
    }

    /// <summary>The full outcome <paramref name="profile"/> acts on: each open clause at the reading it prefers (the other clauses at their modal reading; the first reading on a tie).</summary>
    public static Outcome Preferred(AgreementText text, PreferenceProfile profile, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(profile);
        var modal = text.Complete(profile.Space, defaults);
        var preferred = modal;
        foreach (var clause in text.Clauses.Where(c => c.Issue is not null && c.IsOpen))
        {
            var issue = clause.Issue!.Value;
            var best = clause.Readings[0].Value;
            var bestUtility = double.NegativeInfinity;
            foreach (var r in clause.Readings)
            {
                var u = profile.Utility(modal.With(issue, r.Value));
                if (u > bestUtility)
                {
                    (best, bestUtility) = (r.Value, u);
                }
            }
            preferred = preferred.With(issue, best);
        }
        return preferred;
    }

    /// <summary>
    /// The gap between the readings the two sides prefer: each acts on its own, and each loses what
    /// the other's reading costs it (0 for a text without open clauses).
    /// </summary>
    public static ReadingGap Gap(AgreementText text, PreferenceProfile profileA, PreferenceProfile profileB, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(profileA);
        ArgumentNullException.ThrowIfNull(profileB);
        var a = Preferred(text, profileA, defaults);
        var b = Preferred(text, profileB, defaults);
        return new ReadingGap(
            Math.Max(0, profileA.Utility(a) - profileA.Utility(b)),
            Math.Max(0, profileB.Utility(b) - profileB.Utility(a)));
    }
}
