using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using Parley.Domain;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads one YAML document into JSON under the YAML 1.2 core schema (plain scalars that look like
/// JSON numbers, booleans or null become those; everything else, and every quoted scalar, is a
/// string), remembering where each node was. Duplicate keys and anchors-as-keys are errors.
/// </summary>
public static partial class YamlToJson
{
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    /// <summary>Reads <paramref name="path"/>; a missing file or bad YAML throws <see cref="InputException"/>.</summary>
    public static PositionedJson ReadFile(string path)
    {
        return Parse(TextFile.Read(path), path);
    }

    /// <summary>Parses YAML text; <paramref name="file"/> names it in messages.</summary>
    public static PositionedJson Parse(string text, string file)
    {
        YamlLimits.Check(text, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).ReplaceLineEndings(" ");
            reason = StripPosition(reason);
            throw new InputException(file, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {reason}", ex);
        }
        if (stream.Documents.Count == 0)
        {
            throw new InputException(file, 1, 1, "the file is empty: write a scenario (see scenarios/example/scenario.yaml)");
        }
        if (stream.Documents.Count > 1)
        {
            throw new InputException(file, null, null, "the file holds more than one YAML document: keep one scenario per file");
        }
        var positions = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
        var keyPositions = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(stream.Documents[0].RootNode, string.Empty, writer, positions, keyPositions, file);
        }
        using var doc = JsonDocument.Parse(buffer.ToArray());
        return new PositionedJson(file, doc.RootElement.Clone(), positions.ToImmutable(), keyPositions.ToImmutable());
    }

    private static string StripPosition(string reason)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: ..) - (Line: ..): "; the position is reported separately.
        var cut = reason.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && reason.StartsWith("(Line", StringComparison.Ordinal) ? reason[(cut + 3)..] : reason;
    }

    private static void Write(YamlNode node, string pointer, Utf8JsonWriter writer, ImmutableDictionary<string, (int, int)>.Builder positions, ImmutableDictionary<string, (int, int)>.Builder keyPositions, string file)
    {
        positions[pointer] = ((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    if (keyNode is not YamlScalarNode keyScalar || keyScalar.Value is null)
                    {
                        throw new InputException(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column, "a mapping key must be plain text");
                    }
                    var key = keyScalar.Value;
                    if (!seen.Add(key))
                    {
                        throw new InputException(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column, $"key '{key}' appears twice in the same mapping: keep one");
                    }
                    writer.WritePropertyName(key);
                    var member = pointer + "/" + PositionedJson.Escape(key);
                    keyPositions[member] = ((int)keyNode.Start.Line, (int)keyNode.Start.Column);
                    Write(valueNode, member, writer, positions, keyPositions, file);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode seq:
                writer.WriteStartArray();
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    Write(seq.Children[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), writer, positions, keyPositions, file);
                }
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
            default:
                throw new InputException(file, (int)node.Start.Line, (int)node.Start.Column, "unsupported YAML node (aliases are not supported): write the value out");
        }
    }

    private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
            return;
        }
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                writer.WriteNullValue();
                return;
            case "true" or "True" or "TRUE":
                writer.WriteBooleanValue(true);
                return;
            case "false" or "False" or "FALSE":
                writer.WriteBooleanValue(false);
                return;
        }
        if (JsonNumber().IsMatch(value))
        {
            writer.WriteRawValue(Encoding.UTF8.GetBytes(value));
            return;
        }
        writer.WriteStringValue(value);
    }
}
