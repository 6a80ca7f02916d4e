using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>
/// One party's preferences over an outcome space: weighted additive value functions, optional
/// cross-issue interaction terms, red lines, a reservation value (what no agreement is worth to it:
/// in a war, the value of fighting on) and an optional discount factor.
/// Weights are normalised to sum to 1 at construction (GENIUS semantics).
/// </summary>
public sealed class PreferenceProfile
{
    private readonly double[][] _tables;
    private readonly bool[][] _allowed;

    /// <summary>
    /// Creates the profile. <paramref name="weights"/> and <paramref name="valueFunctions"/> are given
    /// per issue, in space order; an issue with weight 0 may have a null value function.
    /// </summary>
    public PreferenceProfile(
        OutcomeSpace space,
        IReadOnlyList<double> weights,
        IReadOnlyList<ValueFunction?> valueFunctions,
        double reservationValue = 0.0,
        IEnumerable<RedLine>? redLines = null,
        IEnumerable<InteractionTerm>? interactions = null,
        double? discountFactor = null,
        string? name = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(valueFunctions);
        var who = name is null ? "a profile" : $"profile '{name}'";
        if (weights.Count != space.IssueCount || valueFunctions.Count != space.IssueCount)
        {
            throw new ModelException($"{who} has {weights.Count} weights for {space.IssueCount} issues: give one weight per issue");
        }
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ModelException($"{who} gives issue '{space.Issues[i].Name}' weight {weights[i]}: weights must be finite and non-negative");
            }
            sum += weights[i];
        }
        if (!(sum > 0))
        {
            throw new ModelException($"{who} has weights that sum to 0: give at least one issue a positive weight");
        }
        if (!double.IsFinite(reservationValue))
        {
            throw new ModelException($"{who} has a non-finite reservation value");
        }
        if (discountFactor is { } d && !(d > 0 && d <= 1))
        {
            throw new ModelException($"{who} has discount factor {d}: it must be in (0, 1]");
        }

        Space = space;
        Name = name;
        Weights = weights.Select(w => w / sum).ToImmutableArray();
        ValueFunctions = valueFunctions.ToImmutableArray();
        ReservationValue = reservationValue;
        DiscountFactor = discountFactor;
        RedLines = (redLines ?? []).ToImmutableArray();
        Interactions = (interactions ?? []).ToImmutableArray();

        _tables = new double[space.IssueCount][];
        for (var i = 0; i < space.IssueCount; i++)
        {
            var issue = space.Issues[i];
            var fn = ValueFunctions[i];
            if (fn is null)
            {
                if (Weights[i] != 0)
                {
                    throw new ModelException($"{who} weights issue '{issue.Name}' but gives it no value function");
                }
                _tables[i] = new double[issue.ValueCount];
                continue;
            }
            fn.CheckApplies(issue, $"{who}, issue '{issue.Name}'");
            var table = fn.Tabulate(issue);
            for (var v = 0; v < table.Length; v++)
            {
                table[v] *= Weights[i];
            }
            _tables[i] = table;
        }

        _allowed = new bool[space.IssueCount][];
        for (var i = 0; i < space.IssueCount; i++)
        {
            _allowed[i] = Enumerable.Repeat(true, space.Radices[i]).ToArray();
        }
        foreach (var line in RedLines)
        {
            if (line is IssueRedLine issueLine)
            {
                for (var v = 0; v < issueLine.Allowed.Length; v++)
                {
                    _allowed[issueLine.Issue][v] &= issueLine.Allowed[v];
                }
            }
        }
        IsAdditive = Interactions.IsEmpty && RedLines.All(r => r is IssueRedLine);
    }

    /// <summary>The space the profile is defined on.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>Optional name (file or party) for messages.</summary>
    public string? Name { get; }

    /// <summary>Issue weights, normalised to sum to 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>Value function per issue (null where the weight is 0).</summary>
    public ImmutableArray<ValueFunction?> ValueFunctions { get; }

    /// <summary>What no agreement is worth to the party.</summary>
    public double ReservationValue { get; }

    /// <summary>Per-round discount factor, when the source gives one (kept, not applied by static analysis).</summary>
    public double? DiscountFactor { get; }

    /// <summary>Hard constraints.</summary>
    public ImmutableArray<RedLine> RedLines { get; }

    /// <summary>Cross-issue utility terms.</summary>
    public ImmutableArray<InteractionTerm> Interactions { get; }

    /// <summary>True when utility is a sum of per-issue terms and every red line is per issue, so analysis need not enumerate.</summary>
    public bool IsAdditive { get; }

    /// <summary>Weighted values of issue <paramref name="issue"/>: utility = sum over issues of this table at the chosen value (plus interactions).</summary>
    public ReadOnlySpan<double> IssueUtilities(int issue) => _tables[issue];

    /// <summary>Whether the party's per-issue red lines allow value <paramref name="value"/> of issue <paramref name="issue"/>.</summary>
    public bool IsAllowed(int issue, int value) => _allowed[issue][value];

    /// <summary>The utility of an outcome given as value indices.</summary>
    public double Utility(ReadOnlySpan<int> digits)
    {
        var u = 0.0;
        for (var i = 0; i < _tables.Length; i++)
        {
            u += _tables[i][digits[i]];
        }
        foreach (var term in Interactions)
        {
            if (term.AppliesTo(digits))
            {
                u += term.Value;
            }
        }
        return u;
    }

    /// <summary>The utility of an outcome.</summary>
    public double Utility(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Utility(outcome.ValueIndices.AsSpan());
    }

    /// <summary>The first red line the outcome crosses, or null when the party could accept it.</summary>
    public RedLine? CrossedRedLine(ReadOnlySpan<int> digits)
    {
        foreach (var line in RedLines)
        {
            if (line.IsViolatedBy(digits))
            {
                return line;
            }
        }
        return null;
    }

    /// <summary>True when the outcome crosses no red line and is worth at least the reservation value.</summary>
    public bool Accepts(ReadOnlySpan<int> digits) => CrossedRedLine(digits) is null && Utility(digits) >= ReservationValue;

    /// <summary>The same profile with another reservation value.</summary>
    public PreferenceProfile WithReservationValue(double reservationValue) => Rebuild(reservationValue, RedLines);

    /// <summary>The same profile with other red lines.</summary>
    public PreferenceProfile WithRedLines(IEnumerable<RedLine> redLines) => Rebuild(ReservationValue, redLines);

    /// <summary>The same profile with <paramref name="valueFunction"/> as issue <paramref name="issue"/>'s value function (weights, red lines and reservation kept).</summary>
    public PreferenceProfile WithValueFunction(int issue, ValueFunction valueFunction)
    {
        ArgumentNullException.ThrowIfNull(valueFunction);
        ArgumentOutOfRangeException.ThrowIfNegative(issue);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(issue, Space.IssueCount);
        return new(Space, Weights, ValueFunctions.SetItem(issue, valueFunction), ReservationValue, RedLines, Interactions, DiscountFactor, Name);
    }

    private PreferenceProfile Rebuild(double reservation, IEnumerable<RedLine> redLines) =>
        new(Space, Weights, ValueFunctions, reservation, redLines, Interactions, DiscountFactor, Name);
}
