using System.Collections.Immutable;
using System.Text.Json;
using Parley.Domain;

namespace Parley.Formats.Yaml;

/// <summary>
/// A YAML document converted to JSON, with the 1-based line and column of every node keyed by its
/// JSON pointer ("/parties/0/weights"), so that schema and model errors can point at the YAML.
/// </summary>
public sealed class PositionedJson
{
    internal PositionedJson(string file, JsonElement root, ImmutableDictionary<string, (int Line, int Column)> positions, ImmutableDictionary<string, (int Line, int Column)>? keyPositions = null)
    {
        File = file;
        Root = root;
        Positions = positions;
        KeyPositions = keyPositions ?? ImmutableDictionary<string, (int Line, int Column)>.Empty;
    }

    /// <summary>The file the document came from (for messages).</summary>
    public string File { get; }


    /// <summary>The document as JSON.</summary>
    public JsonElement Root { get; }

    /// <summary>Line and column of each node, by JSON pointer.</summary>
    public ImmutableDictionary<string, (int Line, int Column)> Positions { get; }

    /// <summary>The position of the node at <paramref name="pointer"/>, or of its nearest ancestor.</summary>
    public (int? Line, int? Column) PositionOf(string pointer)
    {
        var p = pointer;
        while (true)
        {
            if (Positions.TryGetValue(p, out var pos))
            {
                return (pos.Line, pos.Column);
            }
            if (p.Length == 0)
            {
                return (null, null);
            }
            var cut = p.LastIndexOf('/');
            p = cut <= 0 ? string.Empty : p[..cut];
        }
    }

    /// <summary>Line and column of the key of each mapping member, by the member's JSON pointer.</summary>
    public ImmutableDictionary<string, (int Line, int Column)> KeyPositions { get; }

    /// <summary>An <see cref="InputException"/> located at the key of the member at <paramref name="pointer"/> (or at the member itself).</summary>
    public InputException KeyError(string pointer, string problem)
    {
        if (KeyPositions.TryGetValue(pointer, out var at))
        {
            return new InputException(File, at.Line, at.Column, problem);
        }
        return Error(pointer, problem);
    }

    /// <summary>An <see cref="InputException"/> located at <paramref name="pointer"/>.</summary>
    public InputException Error(string pointer, string problem)
    {
        var (line, column) = PositionOf(pointer);
        return new InputException(File, line, column, problem);
    }

    /// <summary>Escapes one JSON-pointer segment.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
