namespace Parley.Domain.Preferences;

/// <summary>
/// How much one party values each value of one issue, usually on [0, 1]. Profiles weight and sum
/// these (weighted additive utility).
/// </summary>
public abstract record ValueFunction
{
    /// <summary>The value of value index <paramref name="valueIndex"/> of <paramref name="issue"/>.</summary>
    public abstract double Evaluate(Issue issue, int valueIndex);

    /// <summary>Throws a <see cref="ModelException"/> when the function cannot apply to <paramref name="issue"/>.</summary>
    public virtual void CheckApplies(Issue issue, string context) { }

    /// <summary>The function tabulated over every value of <paramref name="issue"/>.</summary>
    public double[] Tabulate(Issue issue)
    {
        var table = new double[issue.ValueCount];
        for (var v = 0; v < table.Length; v++)
        {
            table[v] = Evaluate(issue, v);
            if (!double.IsFinite(table[v]))
            {
                throw new ModelException($"the value function for issue '{issue.Name}' gives a non-finite value at '{issue.FormatValue(v)}'");
            }
        }
        return table;
    }

    /// <summary>Throws unless the issue has numeric values.</summary>
    protected static void RequireNumeric(Issue issue, string context, string kind)
    {
        if (!issue.IsNumeric)
        {
            throw new ModelException($"{context}: a {kind} value function needs a numeric issue, but '{issue.Name}' has named options; use a table");
        }
    }
}
