namespace Parley.Data.Datasets.EthPrio;

/// <summary>One clause of a <see cref="CeasefireFilter"/>.</summary>
/// <param name="Feature">The feature tested.</param>
/// <param name="Operator">=, !=, &lt;, &lt;=, &gt; or &gt;=.</param>
/// <param name="Values">The values as written (alternatives for = and !=).</param>
/// <param name="Numbers">The values as numbers, for coded and numeric features.</param>
public sealed record CeasefireFilterClause(CeasefireFeature Feature, string Operator, IReadOnlyList<string> Values, IReadOnlyList<int> Numbers)
{
    /// <summary>True when <paramref name="ceasefire"/> meets the clause (an unknown value meets only !=).</summary>
    public bool Matches(Ceasefire ceasefire)
    {
        if (Feature.Text is { } text)
        {
            var value = text(ceasefire);
            var any = Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
            return Operator == "=" ? any : !any;
        }
        var number = Feature.Number!(ceasefire);
        if (number is not { } n)
        {
            return Operator == "!=";
        }
        return Operator switch
        {
            "=" => Numbers.Contains(n),
            "!=" => !Numbers.Contains(n),
            "<" => n < Numbers[0],
            "<=" => n <= Numbers[0],
            ">" => n > Numbers[0],
            _ => n >= Numbers[0],
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Feature.Name}{Operator}{string.Join("|", Values)}";
}
