using System.Collections.Immutable;
using System.Text.Json;
using Parley.Formats.Yaml;

namespace Parley.Formats.Scenario;

/// <summary>How a number in a scenario file rests on something.</summary>
public enum NumberBasis
{
    /// <summary>It, or the entry it belongs to, cites a source.</summary>
    Sourced,

    /// <summary>It, or the entry it belongs to, is marked as an assumption with its reason (or cites a source of kind assumption).</summary>
    Assumed,

    /// <summary>Neither: a bare number.</summary>
    Bare,
}

/// <summary>One number of a scenario file.</summary>
/// <param name="Pointer">Where it is (JSON pointer).</param>
/// <param name="Line">Its line, when known.</param>
/// <param name="Column">Its column, when known.</param>
/// <param name="Value">The number.</param>
/// <param name="Basis">What it rests on.</param>
public sealed record ScenarioNumber(string Pointer, int? Line, int? Column, double Value, NumberBasis Basis)
{
    /// <summary>The top-level section it is in (<c>war</c>, <c>humanitarian</c>, ...).</summary>
    public string Section => Pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
}

/// <summary>
/// Every number of a scenario file, every section included, with what it rests on: a number is
/// sourced or assumed when it, or the nearest entry around it (a mapping with <c>source</c> or
/// <c>assumption</c>: a number's <c>{value, source}</c>, an issue, a party, a hypothesis...), cites a
/// source or states an assumption; otherwise it is bare. The format version (<c>parley: 1</c>) is not a figure.
/// </summary>
public static class ScenarioNumbers
{
    /// <summary>The numbers of <paramref name="document"/> in document order.</summary>
    public static ImmutableArray<ScenarioNumber> Of(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var assumedSources = new HashSet<string>(StringComparer.Ordinal);
        if (document.Root.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in sources.EnumerateArray())
            {
                if (s.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "assumption"
                    && s.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    assumedSources.Add(id.GetString()!);
                }
            }
        }
        var list = ImmutableArray.CreateBuilder<ScenarioNumber>();
        foreach (var p in document.Root.EnumerateObject())
        {
            if (p.Name != "parley")
            {
                Walk(document, p.Value, "/" + PositionedJson.Escape(p.Name), NumberBasis.Bare, assumedSources, list);
            }
        }
        return list.ToImmutable();
    }

    private static void Walk(PositionedJson doc, JsonElement e, string pointer, NumberBasis around, HashSet<string> assumedSources, ImmutableArray<ScenarioNumber>.Builder list)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                var (line, column) = doc.PositionOf(pointer);
                list.Add(new ScenarioNumber(pointer, line, column, e.GetDouble(), around));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Walk(doc, item, $"{pointer}/{i++}", around, assumedSources, list);
                }
                break;
            case JsonValueKind.Object:
                var basis = around;
                if (e.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String)
                {
                    basis = assumedSources.Contains(s.GetString()!) ? NumberBasis.Assumed : NumberBasis.Sourced;
                }
                else if (e.TryGetProperty("assumption", out var a) && a.ValueKind == JsonValueKind.String)
                {
                    basis = NumberBasis.Assumed;
                }
                foreach (var p in e.EnumerateObject())
                {
                    Walk(doc, p.Value, $"{pointer}/{PositionedJson.Escape(p.Name)}", basis, assumedSources, list);
                }
                break;
            default:
                break;
        }
    }
}
