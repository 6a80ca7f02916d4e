using System.Text.Json;
using Json.Schema;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;
using Parley.Domain;

namespace Parley.Formats.Scenario;

/// <summary>
/// The JSON Schema of Parley scenario YAML, version 1 (shipped in the repo as
/// src/Parley/Formats/Scenario/scenario.schema.json and embedded in the library), and validation
/// against it with errors turned into one line at the offending YAML position.
/// </summary>
public static class ScenarioSchema
{
    private static readonly Lazy<(JsonSchema Schema, JsonElement Raw)> Loaded = new(Load);

    /// <summary>The schema text.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(ScenarioSchema).Assembly.GetManifestResourceStream("Parley.scenario.schema.json")
                ?? throw new InvalidOperationException("the scenario schema is not embedded in the library");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Throws an <see cref="InputException"/> for the most specific schema violation, if any.</summary>
    public static void Validate(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (schema, raw) = Loaded.Value;
        var result = schema.Evaluate(document.Root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return;
        }
        var failures = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => (Pointer: d.InstanceLocation.ToString(), Schema: d.SchemaLocation?.Fragment ?? string.Empty, Errors: d.Errors!))
            .ToList();
        if (failures.Count == 0)
        {
            throw document.Error(string.Empty, "the scenario does not match the schema");
        }
        // Most specific first: unknown keys, then the deepest location, then simple keywords over oneOf/anyOf.
        var best = failures
            .OrderByDescending(f => IsUnknownKey(f.Errors))
            .ThenByDescending(f => f.Pointer.Count(c => c == '/'))
            .ThenBy(f => f.Errors.Keys.Any(k => k is "oneOf" or "anyOf" or "allOf" or "not" or "if" or "then") ? 1 : 0)
            .First();
        throw document.Error(best.Pointer, Describe(best.Pointer, best.Schema, best.Errors, raw));
    }

    private static bool IsUnknownKey(IReadOnlyDictionary<string, string> errors) =>
        errors.Keys.Any(k => k == "false") || errors.Values.Any(v => v.Contains("false schema", StringComparison.OrdinalIgnoreCase));

    private static string Describe(string pointer, string schemaFragment, IReadOnlyDictionary<string, string> errors, JsonElement raw)
    {
        var where = pointer.Length == 0 ? "the scenario" : $"'{pointer.TrimStart('/')}'";
        if (IsUnknownKey(errors))
        {
            var key = Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
            var allowed = AllowedKeys(schemaFragment, raw);
            var hint = allowed.Count > 0 ? $"; allowed keys here: {string.Join(", ", allowed)}" : string.Empty;
            return $"unknown key '{key}': remove it or fix its spelling{hint}";
        }
        var (keyword, message) = errors.First();
        return $"{where}: {message.TrimEnd('.')} (schema rule '{keyword}'); see the scenario schema";
    }

    private static List<string> AllowedKeys(string schemaFragment, JsonElement raw)
    {
        // The fragment points at ".../additionalProperties"; its parent schema lists the allowed properties.
        var path = Uri.UnescapeDataString(schemaFragment.TrimStart('#'));
        var cut = path.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
        if (cut < 0)
        {
            return [];
        }
        var node = raw;
        foreach (var segment in path[..cut].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(Unescape(segment), out node))
            {
                return [];
            }
        }
        return node.ValueKind == JsonValueKind.Object && node.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static (JsonSchema, JsonElement) Load()
    {
        var text = Text;
        var schema = JsonSchema.FromText(text);
        using var doc = JsonDocument.Parse(text);
        return (schema, doc.RootElement.Clone());
    }
}
