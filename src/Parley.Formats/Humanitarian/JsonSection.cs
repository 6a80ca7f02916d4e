using System.Globalization;
using System.Text.Json;
using Parley.Domain;
using Parley.Formats.Yaml;
using Parley.Humanitarian;

namespace Parley.Formats.Humanitarian;

/// <summary>
/// One mapping of a scenario document (YAML read into JSON with positions, the same tree the schema
/// validates), read key by key: every key must be read or allowed, every number is
/// <c>{ value, source, quote }</c> or <c>{ value, assumption }</c>, and errors carry the line and
/// column of the offending key or value.
/// </summary>
internal sealed class JsonSection
{
    private readonly PositionedJson _doc;
    private readonly JsonElement _node;
    private readonly string _pointer;
    private readonly string _path;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string>? _sources;

    public JsonSection(PositionedJson doc, JsonElement node, string pointer, string path, IReadOnlyDictionary<string, string>? sources = null)
    {
        _doc = doc;
        _node = node;
        _pointer = pointer;
        _path = path;
        _sources = sources;
    }

    public string Pointer => _pointer;

    public InputException Error(string pointer, string problem) => _doc.Error(pointer, problem);

    public string PointerOf(string key) => _pointer + "/" + PositionedJson.Escape(key);

    public JsonElement? Optional(string key)
    {
        _read.Add(key);
        return _node.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    public JsonElement Required(string key) =>
        Optional(key) ?? throw Error(_pointer, $"{Where(key)} is missing: add it");

    public JsonSection Mapping(string key)
    {
        var n = Required(key);
        return n.ValueKind == JsonValueKind.Object
            ? new JsonSection(_doc, n, PointerOf(key), Where(key), _sources)
            : throw Error(PointerOf(key), $"{Where(key)} must be a mapping of keys");
    }

    public string String(string key) =>
        Scalar(Required(key)) is { Length: > 0 } s ? s : throw Error(PointerOf(key), $"{Where(key)} must be a non-empty text");

    public bool Bool(string key) => Required(key).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(PointerOf(key), $"{Where(key)} must be true or false"),
    };

    public SourcedNumber Number(string key)
    {
        var n = Required(key);
        var at = PointerOf(key);
        if (n.ValueKind != JsonValueKind.Object)
        {
            throw Error(at, $"{Where(key)} must be a mapping: {{ value: N, source: ..., quote: ... }} or {{ value: N, assumption: ... }}");
        }
        var s = new JsonSection(_doc, n, at, Where(key)).Expect("value", "source", "quote", "assumption");
        var valueNode = s.Required("value");
        var value = valueNode.ValueKind == JsonValueKind.Number ? valueNode.GetDouble()
            : Scalar(valueNode) is { } text && double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : double.NaN;
        if (!double.IsFinite(value))
        {
            throw Error(s.PointerOf("value"), $"{Where(key)}.value must be a number");
        }
        var source = s.OptionalText("source");
        if (source is not null && _sources is not null && !_sources.ContainsKey(source))
        {
            throw Error(s.PointerOf("source"), $"{Where(key)}.source '{source}' is not an id in the sources list");
        }
        var quote = s.OptionalText("quote");
        var assumption = s.OptionalText("assumption");
        s.Done();
        try
        {
            return new SourcedNumber(value, source, quote, assumption);
        }
        catch (ModelException ex)
        {
            throw Error(at, $"{Where(key)}: {ex.Message}");
        }
    }

    public string? OptionalText(string key) => Optional(key) switch
    {
        null => null,
        { } n when Scalar(n) is { } s => s,
        _ => throw Error(PointerOf(key), $"{Where(key)} must be text"),
    };

    /// <summary>Every key of the mapping with its value, each counted as read.</summary>
    public IEnumerable<(string Key, JsonElement Value)> Entries()
    {
        foreach (var p in _node.EnumerateObject())
        {
            _read.Add(p.Name);
            yield return (p.Name, p.Value);
        }
    }

    public JsonSection Expect(params string[] allowed)
    {
        foreach (var p in _node.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw _doc.KeyError(PointerOf(p.Name), $"unknown key '{p.Name}' in {(_path.Length == 0 ? "the file" : _path)}: expected one of {string.Join(", ", allowed)}");
            }
        }
        return this;
    }

    public void Done()
    {
        foreach (var p in _node.EnumerateObject())
        {
            if (!_read.Contains(p.Name))
            {
                var known = string.Join(", ", _read.OrderBy(x => x, StringComparer.Ordinal));
                throw _doc.KeyError(PointerOf(p.Name), $"unknown key '{p.Name}' in {(_path.Length == 0 ? "the file" : _path)}: expected one of {known}");
            }
        }
    }

    public string Where(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    /// <summary>A scalar as the YAML text it was (numbers and booleans as written in JSON), or null for a mapping or list.</summary>
    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
