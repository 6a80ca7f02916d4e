using System.Collections.Immutable;

namespace Parley.Domain.Preferences;

/// <summary>
/// Straight lines between (x, value) points, constant beyond the first and last point. The usual
/// way to say "more trucks are better, but with diminishing returns past 400 a day".
/// </summary>
public sealed record PiecewiseLinearValueFunction : ValueFunction
{
    /// <summary>Creates the function; needs at least one point, finite, with strictly increasing x.</summary>
    public PiecewiseLinearValueFunction(IEnumerable<(double X, double Value)> points)
    {
        Points = points.ToImmutableArray();
        if (Points.IsEmpty)
        {
            throw new ModelException("a piecewise-linear value function needs at least one point");
        }
        for (var i = 0; i < Points.Length; i++)
        {
            if (!double.IsFinite(Points[i].X) || !double.IsFinite(Points[i].Value))
            {
                throw new ModelException("a piecewise-linear value function has a non-finite point");
            }
            if (i > 0 && Points[i].X <= Points[i - 1].X)
            {
                throw new ModelException($"piecewise-linear points must have increasing x, but {Points[i].X} follows {Points[i - 1].X}");
            }
        }
    }

    /// <summary>The points, by increasing x.</summary>
    public ImmutableArray<(double X, double Value)> Points { get; }

    /// <summary>The value at <paramref name="x"/>.</summary>
    public double At(double x)
    {
        if (x <= Points[0].X)
        {
            return Points[0].Value;
        }
        for (var i = 1; i < Points.Length; i++)
        {
            if (x <= Points[i].X)
            {
                var (x0, y0) = Points[i - 1];
                var (x1, y1) = Points[i];
                return y0 + ((y1 - y0) * (x - x0) / (x1 - x0));
            }
        }
        return Points[^1].Value;
    }

    /// <inheritdoc />
    public override double Evaluate(Issue issue, int valueIndex) => At(issue.NumericValue(valueIndex));

    /// <inheritdoc />
    public override void CheckApplies(Issue issue, string context) => RequireNumeric(issue, context, "piecewise-linear");

    /// <inheritdoc />
    public bool Equals(PiecewiseLinearValueFunction? other) => other is not null && Points.SequenceEqual(other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => Points.Length;
}
