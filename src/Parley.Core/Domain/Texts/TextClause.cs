using System.Collections.Immutable;

namespace Parley.Domain.Texts;

/// <summary>
/// A numbered clause of an agreement text. A clause bound to an issue fixes it precisely (one
/// reading), within bounds (several readings of equal weight) or vaguely (readings with weights); a
/// clause bound to no issue (an obligation, a procedure) has no readings.
/// </summary>
/// <param name="Id">The clause's number as the text gives it ("1", "2.3").</param>
/// <param name="Issue">The issue index it binds, or null.</param>
/// <param name="Precision">How precisely it fixes the issue.</param>
/// <param name="Readings">The readings (one for a precise clause; empty when no issue is bound).</param>
/// <param name="Wording">The clause as the text words it, when given.</param>
public sealed record TextClause(string Id, int? Issue, ClausePrecision Precision, ImmutableArray<ClauseReading> Readings, string? Wording = null)
{
    /// <summary>The id of the source the clause's wording is cited from, if any.</summary>
    public string? Source { get; init; }

    /// <summary>The assumption the clause's reading rests on, when it is a judgement.</summary>
    public string? Assumption { get; init; }

    /// <summary>True when the clause can be read more than one way.</summary>
    public bool IsOpen => Readings.Length > 1;

    /// <summary>A precise clause on <paramref name="issue"/>.</summary>
    public static TextClause Precise(string id, int issue, int value, string? wording = null) =>
        new(id, issue, ClausePrecision.Precise, [new ClauseReading(value, 1)], wording);

    /// <summary>A bounded clause: every value from <paramref name="low"/> to <paramref name="high"/>, equally weighted.</summary>
    public static TextClause Bounded(string id, int issue, int low, int high, string? wording = null)
    {
        if (high < low)
        {
            throw new ModelException($"clause {id}: the range runs from value {low} down to {high}: give the lower bound first");
        }
        return new(id, issue, ClausePrecision.Bounded, [.. Enumerable.Range(low, high - low + 1).Select(v => new ClauseReading(v, 1))], wording);
    }

    /// <summary>The readings with the weights <paramref name="party"/> gives them, normalised to sum to 1 (null: the text's weights).</summary>
    public ImmutableArray<(int Value, double Probability)> Distribution(string? party = null)
    {
        if (Readings.IsEmpty)
        {
            return [];
        }
        var weights = Readings.Select(r => r.WeightFor(party)).ToArray();
        var total = weights.Sum();
        if (!(total > 0) || weights.Any(w => w < 0 || !double.IsFinite(w)))
        {
            throw new ModelException($"clause {Id}: reading weights must be non-negative and not all zero{(party is null ? "" : $" (as {party} weighs them)")}");
        }
        return [.. Readings.Select((r, i) => (r.Value, weights[i] / total))];
    }

    /// <summary>The reading with the largest weight (the first on a tie): the clause's value where one value is needed.</summary>
    public int ModalValue
    {
        get
        {
            var best = Readings[0];
            foreach (var r in Readings)
            {
                if (r.Weight > best.Weight)
                {
                    best = r;
                }
            }
            return best.Value;
        }
    }

    /// <summary>The clause fixed at one of its readings (a clarification).</summary>
    public TextClause ClarifiedAt(int value) => this with { Precision = ClausePrecision.Precise, Readings = [new ClauseReading(value, 1)] };
}
