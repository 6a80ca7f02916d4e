namespace Parley.Domain.Preferences;

/// <summary>
/// A value function with one option's value moved by <see cref="Shift"/>, kept in [0, 1]: the
/// separable form of a term whose worth depends on something outside the outcome (in a war, the
/// ground a side holds: docs/war-process.md, "Terms tied to the battlefield").
/// </summary>
/// <param name="Inner">The value function without the shift.</param>
/// <param name="Option">The value index whose value moves.</param>
/// <param name="Shift">How far it moves (positive: worth more).</param>
public sealed record ShiftedValueFunction(ValueFunction Inner, int Option, double Shift) : ValueFunction
{
    /// <inheritdoc />
    public override double Evaluate(Issue issue, int valueIndex)
    {
        var value = Inner.Evaluate(issue, valueIndex);
        return valueIndex == Option ? Math.Clamp(value + Shift, 0.0, 1.0) : value;
    }

    /// <inheritdoc />
    public override void CheckApplies(Issue issue, string context)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Inner.CheckApplies(issue, context);
        if (Option < 0 || Option >= issue.ValueCount)
        {
            throw new ModelException($"{context}: value index {Option} is not an option of issue '{issue.Name}'");
        }
        if (!double.IsFinite(Shift))
        {
            throw new ModelException($"{context}: a shift of {Shift} is not a finite number");
        }
    }
}
