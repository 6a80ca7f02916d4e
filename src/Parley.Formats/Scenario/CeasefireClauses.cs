using System.Text.Json;
using Parley.Data.Priors;

namespace Parley.Formats.Scenario;

/// <summary>
/// Maps a scenario's ceasefire section onto the <see cref="CeasefireClause"/> flags whose hazard
/// effects <see cref="CeasefireClauseEffects"/> estimates from ETH/PRIO: the clauses listed under
/// <c>war.ceasefire.clauses.value</c> (<c>written</c>, <c>fixed_time</c>, <c>enforcement</c>,
/// <c>monitoring</c>, <c>buffer_zone</c>, <c>guarantee</c>, <c>mediation</c>), plus
/// <see cref="CeasefireClause.Guarantee"/> when <c>guarantee_reduction</c> is positive (a scenario
/// that states guarantees lowering temptation states that the text is guaranteed).
/// </summary>
internal static class CeasefireClauses
{
    /// <summary>The clause flags of <paramref name="ceasefire"/> (the YAML's <c>war.ceasefire</c> node).</summary>
    /// <param name="ceasefire">The ceasefire node, already validated against the schema.</param>
    /// <param name="guaranteeReduction">Its <c>guarantee_reduction</c>.</param>
    public static CeasefireClause Read(JsonElement ceasefire, double guaranteeReduction)
    {
        var clauses = guaranteeReduction > 0 ? CeasefireClause.Guarantee : CeasefireClause.None;
        if (ceasefire.TryGetProperty("clauses", out var node) && node.TryGetProperty("value", out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                clauses |= Parse(item.GetString() ?? "");
            }
        }
        return clauses;
    }

    /// <summary>One clause by its scenario name.</summary>
    public static CeasefireClause Parse(string name) => name switch
    {
        "written" => CeasefireClause.Written,
        "fixed_time" => CeasefireClause.FixedTime,
        "enforcement" => CeasefireClause.Enforcement,
        "monitoring" => CeasefireClause.Monitoring,
        "buffer_zone" => CeasefireClause.BufferZone,
        "guarantee" => CeasefireClause.Guarantee,
        "mediation" => CeasefireClause.Mediation,
        _ => throw new Domain.ModelException($"ceasefire clause '{name}' is not one of written, fixed_time, enforcement, monitoring, buffer_zone, guarantee, mediation"),
    };
}
