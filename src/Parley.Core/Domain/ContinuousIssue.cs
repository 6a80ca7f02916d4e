using System.Globalization;

namespace Parley.Domain;

/// <summary>
/// A continuous range, e.g. ceasefire duration in days or a buffer width in km. It is enumerated
/// with an explicit discretisation step: the values are min, min + step, ... and max itself.
/// </summary>
public sealed record ContinuousIssue : Issue
{
    private const double Tolerance = 1e-9;

    /// <summary>Creates the issue; requires finite bounds with min &lt;= max and a positive step.</summary>
    public ContinuousIssue(string name, double min, double max, double step) : base(name)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ModelException($"issue '{name}' has a non-finite bound: give finite min and max");
        }
        if (max < min)
        {
            throw new ModelException($"issue '{name}' has max {max} below min {min}: swap them");
        }
        if (!(step > 0) || !double.IsFinite(step))
        {
            throw new ModelException($"issue '{name}' needs a positive discretisation step");
        }
        var intervals = (max - min) / step;
        var whole = Math.Floor(intervals + Tolerance);
        var count = whole + 1 + (intervals - whole > Tolerance ? 1 : 0);
        if (count > 100_000_000)
        {
            throw new ModelException($"issue '{name}' has {count:0} values at step {step}: use a larger step");
        }
        Min = min;
        Max = max;
        Step = step;
        ValueCount = (int)count;
    }

    /// <summary>The lower bound.</summary>
    public double Min { get; }

    /// <summary>The upper bound (always one of the values).</summary>
    public double Max { get; }

    /// <summary>The discretisation step.</summary>
    public double Step { get; }

    /// <inheritdoc />
    public override int ValueCount { get; }

    /// <inheritdoc />
    public override bool IsNumeric => true;

    /// <summary>The number at <paramref name="index"/>.</summary>
    public double ValueAt(int index)
    {
        CheckIndex(index);
        return index == ValueCount - 1 ? Max : Min + (index * Step);
    }

    /// <inheritdoc />
    public override string FormatValue(int index) => ValueAt(index).ToString("0.##########", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override double NumericValue(int index) => ValueAt(index);

    /// <inheritdoc />
    public override bool TryParseValue(string text, out int index)
    {
        index = -1;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        var scale = Math.Max(1.0, Math.Abs(Max - Min));
        for (var i = 0; i < ValueCount; i++)
        {
            if (Math.Abs(ValueAt(i) - value) <= Tolerance * scale)
            {
                index = i;
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc />
    public override string DescribeValues() => $"a number from {Min} to {Max} in steps of {Step}";
}
