using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>
/// A staircase: from each threshold upwards the value is that step's value, below the first
/// threshold it is <see cref="Below"/>. Suits thresholds such as "at least 500 trucks a day".
/// </summary>
public sealed record StepValueFunction : ValueFunction
{
    /// <summary>Creates the function; thresholds must be finite and strictly increasing.</summary>
    public StepValueFunction(IEnumerable<(double Threshold, double Value)> steps, double below = 0.0)
    {
        Steps = steps.ToImmutableArray();
        if (Steps.IsEmpty)
        {
            throw new ModelException("a step value function needs at least one step");
        }
        for (var i = 0; i < Steps.Length; i++)
        {
            if (!double.IsFinite(Steps[i].Threshold) || !double.IsFinite(Steps[i].Value))
            {
                throw new ModelException("a step value function has a non-finite step");
            }
            if (i > 0 && Steps[i].Threshold <= Steps[i - 1].Threshold)
            {
                throw new ModelException($"step thresholds must increase, but {Steps[i].Threshold} follows {Steps[i - 1].Threshold}");
            }
        }
        if (!double.IsFinite(below))
        {
            throw new ModelException("a step value function needs a finite value below its first threshold");
        }
        Below = below;
    }

    /// <summary>(threshold, value) by increasing threshold.</summary>
    public ImmutableArray<(double Threshold, double Value)> Steps { get; }

    /// <summary>The value below the first threshold.</summary>
    public double Below { get; }

    /// <summary>The value at <paramref name="x"/>.</summary>
    public double At(double x)
    {
        var value = Below;
        foreach (var (threshold, v) in Steps)
        {
            if (x >= threshold)
            {
                value = v;
            }
        }
        return value;
    }

    /// <inheritdoc />
    public override double Evaluate(Issue issue, int valueIndex) => At(issue.NumericValue(valueIndex));

    /// <inheritdoc />
    public override void CheckApplies(Issue issue, string context) => RequireNumeric(issue, context, "step");

    /// <inheritdoc />
    public bool Equals(StepValueFunction? other) => other is not null && Below == other.Below && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Length;
}
