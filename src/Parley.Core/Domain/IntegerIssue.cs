using System.Globalization;

namespace Parley.Domain;

/// <summary>An integer range with a step, e.g. prisoners released per hostage from 10 to 50.</summary>
public sealed record IntegerIssue : Issue
{
    /// <summary>Creates the issue; requires <paramref name="min"/> &lt;= <paramref name="max"/> and a positive step.</summary>
    public IntegerIssue(string name, long min, long max, long step = 1) : base(name)
    {
        if (max < min)
        {
            throw new ModelException($"issue '{name}' has max {max} below min {min}: swap them");
        }
        if (step <= 0)
        {
            throw new ModelException($"issue '{name}' has step {step}: the step must be a positive integer");
        }
        var count = ((max - min) / step) + 1;
        if (count > int.MaxValue)
        {
            throw new ModelException($"issue '{name}' has {count} values: use a larger step");
        }
        Min = min;
        Max = max;
        Step = step;
        ValueCount = (int)count;
    }

    /// <summary>The smallest value.</summary>
    public long Min { get; }

    /// <summary>The largest value.</summary>
    public long Max { get; }

    /// <summary>The distance between consecutive values.</summary>
    public long Step { get; }

    /// <inheritdoc />
    public override int ValueCount { get; }

    /// <inheritdoc />
    public override bool IsNumeric => true;

    /// <summary>The integer at <paramref name="index"/>.</summary>
    public long ValueAt(int index)
    {
        CheckIndex(index);
        return Min + (index * Step);
    }

    /// <inheritdoc />
    public override string FormatValue(int index) => ValueAt(index).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override double NumericValue(int index) => ValueAt(index);

    /// <inheritdoc />
    public override bool TryParseValue(string text, out int index)
    {
        index = -1;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value))
        {
            return false;
        }
        var v = (long)value;
        if (v < Min || v > Max || (v - Min) % Step != 0)
        {
            return false;
        }
        index = (int)((v - Min) / Step);
        return true;
    }

    /// <inheritdoc />
    public override string DescribeValues() =>
        Step == 1 ? $"an integer from {Min} to {Max}" : $"an integer from {Min} to {Max} in steps of {Step}";
}
