namespace Parley.Domain;

/// <summary>A yes/no issue, e.g. whether the Rafah crossing opens. Index 0 is false, index 1 is true.</summary>
public sealed record BooleanIssue : Issue
{
    /// <summary>Creates the issue.</summary>
    public BooleanIssue(string name) : base(name) { }

    /// <inheritdoc />
    public override int ValueCount => 2;

    /// <inheritdoc />
    public override bool IsNumeric => true;

    /// <inheritdoc />
    public override string FormatValue(int index)
    {
        CheckIndex(index);
        return index == 1 ? "true" : "false";
    }

    /// <inheritdoc />
    public override double NumericValue(int index)
    {
        CheckIndex(index);
        return index;
    }

    /// <inheritdoc />
    public override bool TryParseValue(string text, out int index)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "1" or "open":
                index = 1;
                return true;
            case "false" or "no" or "0" or "closed":
                index = 0;
                return true;
            default:
                index = -1;
                return false;
        }
    }

    /// <inheritdoc />
    public override string DescribeValues() => "true or false";
}
