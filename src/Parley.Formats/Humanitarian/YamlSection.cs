using System.Globalization;
using Parley.Formats;
using YamlDotNet.RepresentationModel;
using Parley.Domain;

using Parley.Humanitarian;

namespace Parley.Formats.Humanitarian;

/// <summary>
/// Reads one YAML mapping with positions: required and optional keys, numbers with provenance, and
/// a final check that rejects unknown keys at their line and column.
/// </summary>
internal sealed class YamlSection
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly string _path;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string>? _sources;

    public YamlSection(YamlMappingNode node, string file, string path, IReadOnlyDictionary<string, string>? sources = null)
    {
        _node = node;
        _file = file;
        _path = path;
        _sources = sources;
    }

    public YamlMappingNode Node => _node;

    public InputException Error(YamlNode at, string problem) =>
        new(_file, (int)at.Start.Line, (int)at.Start.Column, problem);

    public YamlNode? Optional(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
    }

    public YamlNode Required(string key) =>
        Optional(key) ?? throw Error(_node, $"{Where(key)} is missing: add it");

    public YamlSection Mapping(string key)
    {
        var n = Required(key);
        return n is YamlMappingNode m ? new YamlSection(m, _file, Where(key), _sources) : throw Error(n, $"{Where(key)} must be a mapping of keys");
    }

    public string String(string key)
    {
        var n = Required(key);
        return n is YamlScalarNode { Value: { } s } && s.Length > 0 ? s : throw Error(n, $"{Where(key)} must be a non-empty text");
    }

    public bool Bool(string key)
    {
        var n = Required(key);
        if (n is YamlScalarNode { Value: { } s } && bool.TryParse(s, out var b))
        {
            return b;
        }
        throw Error(n, $"{Where(key)} must be true or false");
    }

    /// <summary>A number written as <c>{ value: N, source: ..., quote: ... }</c> or <c>{ value: N, assumption: ... }</c>.</summary>
    public SourcedNumber Number(string key)
    {
        var n = Required(key);
        if (n is not YamlMappingNode m)
        {
            throw Error(n, $"{Where(key)} must be a mapping: {{ value: N, source: ..., quote: ... }} or {{ value: N, assumption: ... }}");
        }
        var s = new YamlSection(m, _file, Where(key)).Expect("value", "source", "quote", "assumption");
        var valueNode = s.Required("value");
        if (valueNode is not YamlScalarNode { Value: { } text }
            || !double.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            throw Error(valueNode, $"{Where(key)}.value must be a number");
        }
        var source = s.OptionalText("source");
        if (source is not null && _sources is not null && !_sources.ContainsKey(source))
        {
            throw Error(m.Children[new YamlScalarNode("source")], $"{Where(key)}.source '{source}' is not an id in the sources list");
        }
        var quote = s.OptionalText("quote");
        var assumption = s.OptionalText("assumption");
        s.Done();
        try
        {
            return new SourcedNumber(value, source, quote, assumption);
        }
        catch (Domain.ModelException ex)
        {
            throw Error(m, $"{Where(key)}: {ex.Message}");
        }
    }

    public string? OptionalText(string key)
    {
        var n = Optional(key);
        return n switch
        {
            null => null,
            YamlScalarNode { Value: { } s } => s,
            _ => throw Error(n, $"{Where(key)} must be text"),
        };
    }

    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } s })
            {
                _read.Add(s);
                yield return (s, k, v);
            }
        }
    }

    /// <summary>Rejects any key not in <paramref name="allowed"/>, at the key's position, before anything is read.</summary>
    public YamlSection Expect(params string[] allowed)
    {
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? k.ToString();
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error(k, $"unknown key '{name}' in {(_path.Length == 0 ? "the file" : _path)}: expected one of {string.Join(", ", allowed)}");
            }
        }
        return this;
    }

    public void Done()
    {
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? k.ToString();
            if (!_read.Contains(name))
            {
                var known = string.Join(", ", _read.OrderBy(x => x, StringComparer.Ordinal));
                throw Error(k, $"unknown key '{name}' in {(_path.Length == 0 ? "the file" : _path)}: expected one of {known}");
            }
        }
    }

    public string Where(string key) => _path.Length == 0 ? key : $"{_path}.{key}";
}
