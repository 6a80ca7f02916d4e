namespace Parley.Domain.Preferences;

/// <summary>value = slope * x + intercept, on a numeric issue.</summary>
public sealed record LinearValueFunction : ValueFunction
{
    /// <summary>Creates the function; slope and intercept must be finite.</summary>
    public LinearValueFunction(double slope, double intercept)
    {
        if (!double.IsFinite(slope) || !double.IsFinite(intercept))
        {
            throw new ModelException("a linear value function needs a finite slope and intercept");
        }
        Slope = slope;
        Intercept = intercept;
    }

    /// <summary>Change in value per unit of the issue.</summary>
    public double Slope { get; }

    /// <summary>Value at x = 0.</summary>
    public double Intercept { get; }

    /// <summary>The linear function that is 0 at <paramref name="worst"/> and 1 at <paramref name="best"/>.</summary>
    public static LinearValueFunction Through(double worst, double best)
    {
        if (worst == best)
        {
            throw new ModelException($"a linear value function needs distinct worst and best points (both are {worst})");
        }
        var slope = 1.0 / (best - worst);
        return new LinearValueFunction(slope, -slope * worst);
    }

    /// <inheritdoc />
    public override double Evaluate(Issue issue, int valueIndex) => (Slope * issue.NumericValue(valueIndex)) + Intercept;

    /// <inheritdoc />
    public override void CheckApplies(Issue issue, string context) => RequireNumeric(issue, context, "linear");
}
