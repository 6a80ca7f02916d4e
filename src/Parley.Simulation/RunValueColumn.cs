using Parley.Domain;

namespace Parley.Simulation;

/// <summary>
/// A model-specific number reported by every run: an agreed term (A's share of the stake, trucks per
/// day) or a diagnostic (a final belief, a drawn private type). Names are camelCase, as in JSON, and
/// become CSV/Parquet column names.
/// </summary>
public sealed record RunValueColumn
{
    /// <summary>Creates the column.</summary>
    /// <param name="name">camelCase name, unique within the model.</param>
    /// <param name="description">One line saying what the number is and its unit.</param>
    /// <param name="isAgreedTerm">True when the value is a term of the agreement (summarised under agreed terms).</param>
    public RunValueColumn(string name, string description, bool isAgreedTerm)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterLower(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ModelException($"value column name '{name}' must be camelCase letters and digits");
        }
        Name = name;
        Description = description;
        IsAgreedTerm = isAgreedTerm;
    }

    /// <summary>camelCase name.</summary>
    public string Name { get; }

    /// <summary>What the number is.</summary>
    public string Description { get; }

    /// <summary>True for a term of the agreement.</summary>
    public bool IsAgreedTerm { get; }
}
