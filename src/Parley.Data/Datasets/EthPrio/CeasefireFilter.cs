using System.Globalization;
using Parley.Domain;

namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// A selection of ceasefires, written as clauses joined by commas (or ';' or '&amp;'), all of which
/// must hold: <c>feature=value</c>, <c>feature!=value</c>, and for numbers <c>&lt;</c>, <c>&lt;=</c>,
/// <c>&gt;</c>, <c>&gt;=</c>. After = or != a clause may list alternatives with '|'. Features are
/// those of <see cref="CeasefireFeatures"/>; codes are the dataset's raw codes. Examples:
/// <c>written=1,mediator_nego=1</c>; <c>written=1|2,p_humanitarian=0</c>; <c>year&gt;=2000,location=Israel</c>.
/// The empty filter (or "all") selects every ceasefire.
/// </summary>
public sealed class CeasefireFilter
{
    private static readonly string[] Operators = ["!=", "<=", ">=", "=", "<", ">"];

    private CeasefireFilter(IReadOnlyList<CeasefireFilterClause> clauses) => Clauses = clauses;

    /// <summary>The filter that selects everything.</summary>
    public static CeasefireFilter All { get; } = new([]);

    /// <summary>The clauses, in the order written.</summary>
    public IReadOnlyList<CeasefireFilterClause> Clauses { get; }

    /// <summary>True when the filter selects everything.</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Parses <paramref name="text"/>; null, blank or "all" gives <see cref="All"/>.</summary>
    public static CeasefireFilter Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }
        var clauses = new List<CeasefireFilterClause>();
        foreach (var raw in text.Split([',', ';', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            clauses.Add(ParseClause(raw));
        }
        return new CeasefireFilter(clauses);
    }

    /// <summary>True when <paramref name="ceasefire"/> meets every clause.</summary>
    public bool Matches(Ceasefire ceasefire)
    {
        ArgumentNullException.ThrowIfNull(ceasefire);
        foreach (var clause in Clauses)
        {
            if (!clause.Matches(ceasefire))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The filter in canonical form ("all" when empty).</summary>
    public override string ToString() => IsEmpty ? "all" : string.Join(",", Clauses);

    private static CeasefireFilterClause ParseClause(string clause)
    {
        foreach (var op in Operators)
        {
            var at = clause.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var feature = CeasefireFeatures.Find(clause[..at]);
            var valueText = clause[(at + op.Length)..].Trim();
            if (valueText.Length == 0)
            {
                throw new ModelException($"filter clause '{clause}' has no value: write e.g. {feature.Name}=1");
            }
            var values = valueText.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (values.Length > 1 && op is not ("=" or "!="))
            {
                throw new ModelException($"filter clause '{clause}': alternatives with '|' only work with = and !=");
            }
            if (feature.Text is not null)
            {
                if (op is not ("=" or "!="))
                {
                    throw new ModelException($"filter clause '{clause}': {feature.Name} is text; use = or !=");
                }
                return new CeasefireFilterClause(feature, op, values, []);
            }
            var numbers = values.Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ModelException($"filter clause '{clause}': '{v}' is not a whole number ({feature.Name} takes numeric codes)")).ToArray();
            return new CeasefireFilterClause(feature, op, values, numbers);
        }
        throw new ModelException($"filter clause '{clause}' has no operator: write feature=value, e.g. written=1,mediator_nego=1");
    }
}
