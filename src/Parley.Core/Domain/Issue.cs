namespace Parley.Domain;

/// <summary>
/// One negotiable point of an agreement text: aid trucks per day, the Rafah crossing, a withdrawal
/// line. Every issue has a finite list of values, addressed by index 0..<see cref="ValueCount"/>-1,
/// which is what outcome spaces enumerate.
/// </summary>
public abstract record Issue
{
    /// <summary>Creates an issue; the name must be non-empty.</summary>
    protected Issue(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ModelException("an issue has an empty name: give every issue a name");
        }
        Name = name;
    }

    /// <summary>The issue's name, unique within a space.</summary>
    public string Name { get; }

    /// <summary>Optional unit of measure for display ("trucks/day", "km").</summary>
    public string? Unit { get; init; }

    /// <summary>How many values the issue has when enumerated.</summary>
    public abstract int ValueCount { get; }

    /// <summary>True when the values have a natural order (numbers, booleans), false for named options.</summary>
    public abstract bool IsNumeric { get; }

    /// <summary>The value at <paramref name="index"/> as users write it.</summary>
    public abstract string FormatValue(int index);

    /// <summary>The numeric value at <paramref name="index"/>; for named options, the index itself.</summary>
    public abstract double NumericValue(int index);

    /// <summary>Finds the index of a value written as text; false when the issue has no such value.</summary>
    public abstract bool TryParseValue(string text, out int index);

    /// <summary>Like <see cref="TryParseValue"/>, but throws a <see cref="ModelException"/> that lists the valid values.</summary>
    public int ParseValue(string text)
    {
        if (TryParseValue(text, out var index))
        {
            return index;
        }
        throw new ModelException($"issue '{Name}' has no value '{text}': use {DescribeValues()}");
    }

    /// <summary>A short description of the valid values, for error messages.</summary>
    public abstract string DescribeValues();

    /// <summary>Checks that an index is in range.</summary>
    protected void CheckIndex(int index)
    {
        if ((uint)index >= (uint)ValueCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"issue '{Name}' has {ValueCount} values");
        }
    }
}
