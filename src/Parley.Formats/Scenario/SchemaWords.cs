using System.Globalization;
using System.Text.Json;

namespace Parley.Formats.Scenario;

/// <summary>A schema violation in words: what the value is, what the schema asks for, and how to fix it.</summary>
internal static class SchemaWords
{
    /// <summary>One sentence for the failed keywords at <paramref name="pointer"/> (the first keyword this knows how to phrase).</summary>
    public static string Describe(string pointer, string schemaFragment, IReadOnlyDictionary<string, string> errors, JsonElement schemaRoot, JsonElement document)
    {
        var where = pointer.Length == 0 ? "the scenario" : $"'{pointer.TrimStart('/')}'";
        var rule = Resolve(schemaRoot, schemaFragment);
        var value = Resolve(document, pointer);
        foreach (var (keyword, message) in errors)
        {
            var spec = rule is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty(keyword, out var k) ? k : (JsonElement?)null;
            var words = Phrase(keyword, where, spec, value, rule);
            if (words is not null)
            {
                return words;
            }
        }
        var (first, text) = errors.First();
        return $"{where}: {text.TrimEnd('.')} (schema rule '{first}' in scenario.schema.json)";
    }

    private static string? Phrase(string keyword, string where, JsonElement? spec, JsonElement? value, JsonElement? rule)
    {
        var shown = value is { } v ? Show(v) : "missing";
        var about = rule is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
            ? $" ({d.GetString()!.TrimEnd('.')})" : string.Empty;
        switch (keyword)
        {
            case "const" when spec is { } c:
                return $"{where} is {shown} but must be {Show(c)}{about}";
            case "enum" when spec is { ValueKind: JsonValueKind.Array } e:
                return $"{where} is {shown}: use one of {string.Join(", ", e.EnumerateArray().Select(Show))}";
            case "type" when spec is { } t:
                return $"{where} is {Kind(value)} {shown} but should be {Kinds(t)}{about}";
            case "required" when spec is { ValueKind: JsonValueKind.Array } req:
                var missing = req.EnumerateArray().Select(x => x.GetString()!)
                    .Where(key => value is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(key, out _)).ToList();
                var keys = string.Join(", ", missing.Select(m => $"'{m}'"));
                return missing.Count == 1 && where == "the scenario" && missing[0] == "parley"
                    ? "the scenario has no 'parley:' line: add 'parley: 1' (the format version) at the top"
                    : $"{where} lacks {keys}: add {(missing.Count == 1 ? "it" : "them")}";
            case "minimum" when spec is { } min:
                return $"{where} is {shown} but must be at least {Show(min)}";
            case "maximum" when spec is { } max:
                return $"{where} is {shown} but must be at most {Show(max)}";
            case "exclusiveMinimum" when spec is { } xmin:
                return $"{where} is {shown} but must be greater than {Show(xmin)}";
            case "exclusiveMaximum" when spec is { } xmax:
                return $"{where} is {shown} but must be less than {Show(xmax)}";
            case "minLength":
                return $"{where} is empty: write a value";
            case "minItems" when spec is { } n:
                return $"{where} has too few entries: give at least {Show(n)}";
            case "maxItems" when spec is { } n:
                return $"{where} has too many entries: give at most {Show(n)}";
            case "pattern" when spec is { } p:
                return $"{where} is {shown}, which does not have the expected form ({p.GetString()})";
            case "oneOf" or "anyOf" when spec is { ValueKind: JsonValueKind.Array } branches:
                var kinds = branches.EnumerateArray().Select(b => b.TryGetProperty("type", out var bt) ? Kinds(bt) : null).Where(x => x is not null).Distinct().ToList();
                return kinds.Count > 0
                    ? $"{where} is {Kind(value)} {shown} but should be {string.Join(" or ", kinds)}{about}"
                    : $"{where} matches none of the forms the schema allows{about}";
            default:
                return null;
        }
    }

    private static string Kind(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "a mapping",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "the number",
        JsonValueKind.True or JsonValueKind.False => "the boolean",
        JsonValueKind.Null => "empty",
        _ => "missing",
    };

    private static string Kinds(JsonElement type)
    {
        static string One(string? t) => t switch
        {
            "object" => "a mapping (key: value)",
            "array" => "a list",
            "string" => "text",
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "null" => "empty",
            _ => t ?? "?",
        };
        return type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => One(t.GetString())))
            : One(type.GetString());
    }

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"'{v.GetString()}'",
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "empty",
        JsonValueKind.Object => "{...}",
        JsonValueKind.Array => "[...]",
        _ => "?",
    };

    /// <summary>The node at a JSON pointer or URI fragment, or null.</summary>
    internal static JsonElement? Resolve(JsonElement root, string pointerOrFragment)
    {
        var path = Uri.UnescapeDataString(pointerOrFragment.TrimStart('#'));
        var node = root;
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = ScenarioSchema.Unescape(raw);
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var child))
            {
                node = child;
            }
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < node.GetArrayLength())
            {
                node = node[i];
            }
            else
            {
                return null;
            }
        }
        return node;
    }
}
