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
internal static class ScenarioSchema
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

    /// <summary>
    /// Throws an <see cref="InputException"/> for the first real schema violation, at its own line, in
    /// words. Only failures on the path that made the document invalid count: a branch of a
    /// <c>oneOf</c> that another branch satisfied is not an error, and of a <c>oneOf</c> whose every
    /// branch failed, the branches for a different kind of value (a number where an object is given)
    /// are set aside. Of what remains the earliest in the file is reported.
    /// </summary>
    public static void Validate(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (schema, raw) = Loaded.Value;
        var result = schema.Evaluate(document.Root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (result.IsValid)
        {
            return;
        }
        var failures = SchemaFailures.Collect(result);
        if (failures.Count == 0)
        {
            throw document.Error(string.Empty, "the scenario does not match the schema (scenario.schema.json)");
        }
        // A missing key beside an unknown one is most likely the same key misspelt: report the spelling.
        var misspelt = failures.Where(f => IsUnknownKey(f.Errors)).Select(f => f.Pointer[..f.Pointer.LastIndexOf('/')]).ToHashSet(StringComparer.Ordinal);
        var best = failures
            .Where(f => !(f.Errors.ContainsKey("required") && misspelt.Contains(f.Pointer)))
            .DefaultIfEmpty(failures[0])
            .OrderBy(f => Line(document, f.Pointer))
            .ThenByDescending(f => IsUnknownKey(f.Errors))
            .ThenByDescending(f => f.Pointer.Count(c => c == '/'))
            .First();
        if (IsUnknownKey(best.Errors))
        {
            throw document.KeyError(best.Pointer, Describe(best.Pointer, best.Schema, best.Errors, raw, document.Root));
        }
        throw document.Error(best.Pointer, Describe(best.Pointer, best.Schema, best.Errors, raw, document.Root));
    }

    private static (int, int) Line(PositionedJson document, string pointer)
    {
        var at = document.KeyPositions.TryGetValue(pointer, out var key) ? ((int?)key.Line, (int?)key.Column) : document.PositionOf(pointer);
        return (at.Item1 ?? 0, at.Item2 ?? 0);
    }

    private static bool IsUnknownKey(IReadOnlyDictionary<string, string> errors) =>
        errors.Keys.Any(k => k == "false") || errors.Values.Any(v => v.Contains("false schema", StringComparison.OrdinalIgnoreCase));

    private static string Describe(string pointer, string schemaFragment, IReadOnlyDictionary<string, string> errors, JsonElement raw, JsonElement document)
    {
        if (IsUnknownKey(errors))
        {
            var key = Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
            var allowed = AllowedKeys(schemaFragment, raw);
            var hint = allowed.Count > 0 ? $"; allowed keys here: {string.Join(", ", allowed)}" : string.Empty;
            return $"unknown key '{key}': remove it or fix its spelling{hint}";
        }
        return SchemaWords.Describe(pointer, schemaFragment, errors, raw, document);
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
        if (SchemaWords.Resolve(raw, path[..cut]) is not { } node)
        {
            return [];
        }
        return node.ValueKind == JsonValueKind.Object && node.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }

    internal static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static (JsonSchema, JsonElement) Load()
    {
        var text = Text;
        var schema = JsonSchema.FromText(text);
        using var doc = JsonDocument.Parse(text);
        return (schema, doc.RootElement.Clone());
    }
}
