using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Domain;
using Parley.Formats.Yaml;

namespace Parley.Formats.Overrides;

/// <summary>
/// Applies <see cref="ScenarioOverride"/>s to a parsed scenario document before it is validated and
/// built, so an override is checked like a value in the file. An override wins over the hypotheses too:
/// where a hypothesis sets the same path (<c>hypotheses[h].parties.Hamas.reservation</c>), that value is
/// replaced as well. A cited number (<c>{ value: 0.25, assumption: ... }</c>) keeps its citation and
/// gets the new value. An unknown path is an <see cref="InputException"/> naming the nearest valid paths.
/// </summary>
internal static class ScenarioOverrides
{
    private static readonly string[] ItemKeys = ["name", "id", "issue"];

    /// <summary>The document with every override applied (the same document when there are none).</summary>
    public static PositionedJson Apply(PositionedJson document, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return document;
        }
        var root = JsonNode.Parse(document.Root.GetRawText())!;
        foreach (var o in overrides)
        {
            if (!TrySet(root, o.Path, o, document.File, requireKind: true))
            {
                var nearest = OverridePaths.Nearest(root, o.Path, 3);
                throw new InputException(document.File, null, null,
                    $"override '{o.PathText}': no such value in the scenario; nearest: {string.Join(", ", nearest)}");
            }
            if (o.Path[0] is "parties" or "war" && root["hypotheses"] is JsonArray hypotheses)
            {
                foreach (var h in hypotheses)
                {
                    if (h is not null)
                    {
                        TrySet(h, o.Path, o, document.File, requireKind: true);
                    }
                }
            }
        }
        using var parsed = JsonDocument.Parse(root.ToJsonString());
        return new PositionedJson(document.File, parsed.RootElement.Clone(), document.Positions, document.KeyPositions);
    }

    /// <summary>The child of <paramref name="node"/> named by <paramref name="segment"/>: a key, or a list item by name, id, issue or index.</summary>
    internal static JsonNode? Child(JsonNode node, string segment)
    {
        switch (node)
        {
            case JsonObject obj:
                return obj.TryGetPropertyValue(segment, out var value) ? value : null;
            case JsonArray list:
                foreach (var item in list)
                {
                    if (item is JsonObject o && ItemKeys.Any(k => o[k] is JsonValue v && v.TryGetValue<string>(out var s) && s == segment))
                    {
                        return item;
                    }
                }
                return int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count ? list[index] : null;
            default:
                return null;
        }
    }

    /// <summary>How an item of a list is named in a path: its name, id or issue, else its index.</summary>
    internal static string ItemName(JsonNode? item, int index) =>
        item is JsonObject o && ItemKeys.Select(k => o[k]).OfType<JsonValue>().FirstOrDefault(v => v.TryGetValue<string>(out _)) is { } v
            ? v.GetValue<string>()
            : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cited number: a mapping holding <c>value</c> beside its citation.</summary>
    internal static bool IsCited(JsonNode? node) => node is JsonObject o && o.ContainsKey("value");

    private static bool TrySet(JsonNode root, IReadOnlyList<string> path, ScenarioOverride o, string file, bool requireKind)
    {
        var parent = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (Child(parent, path[i]) is not { } next)
            {
                return false;
            }
            parent = next;
        }
        var last = path[^1];
        var target = Child(parent, last);
        if (target is null)
        {
            return false;
        }
        if (IsCited(target) && !LooksStructured(o.Value))
        {
            parent = target;
            last = "value";
            target = target["value"];
        }
        var value = Convert(o, target, file, requireKind);
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                return true;
            case JsonArray list:
                var index = list.IndexOf(target);
                list[index] = value;
                return true;
            default:
                return false;
        }
    }

    private static bool LooksStructured(string text) => text.StartsWith('[') || text.StartsWith('{');

    private static JsonNode? Convert(ScenarioOverride o, JsonNode? current, string file, bool requireKind)
    {
        var text = o.Value;
        var kind = current?.GetValueKind();
        if (LooksStructured(text))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new InputException(file, null, null, $"override '{o.PathText}': '{text}' is not valid JSON: {ex.Message}", ex);
            }
        }
        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);
        if (requireKind && kind == JsonValueKind.Number && !isNumber)
        {
            throw new InputException(file, null, null, $"override '{o.PathText}': '{text}' is not a number; the scenario has {current!.ToJsonString()} there");
        }
        if (kind == JsonValueKind.String)
        {
            return JsonValue.Create(text);
        }
        if (isNumber)
        {
            return JsonValue.Create(number);
        }
        return text switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ => JsonValue.Create(text),
        };
    }
}
