using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>A value for each option, by its text. Options not listed are worth 0.</summary>
public sealed record TableValueFunction : ValueFunction
{
    /// <summary>Creates the table; values must be finite.</summary>
    public TableValueFunction(IEnumerable<KeyValuePair<string, double>> values)
    {
        Values = values.ToImmutableDictionary(StringComparer.Ordinal);
        foreach (var (key, v) in Values)
        {
            if (!double.IsFinite(v))
            {
                throw new ModelException($"the value for option '{key}' is not a finite number");
            }
        }
    }

    /// <summary>Option text to value.</summary>
    public ImmutableDictionary<string, double> Values { get; }

    /// <inheritdoc />
    public override double Evaluate(Issue issue, int valueIndex) =>
        Values.TryGetValue(issue.FormatValue(valueIndex), out var v) ? v : 0.0;

    /// <inheritdoc />
    public override void CheckApplies(Issue issue, string context)
    {
        foreach (var key in Values.Keys)
        {
            if (!issue.TryParseValue(key, out _))
            {
                throw new ModelException($"{context}: the table names '{key}', which is not a value of issue '{issue.Name}' ({issue.DescribeValues()})");
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(TableValueFunction? other) =>
        other is not null && Values.Count == other.Values.Count && Values.All(kv => other.Values.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => Values.Count;
}
