using System.Text;
using Parley.Domain;

namespace Parley.Formats.Overrides;

/// <summary>Reads and writes override paths: dot-separated segments, double quotes around a segment with dots or spaces.</summary>
public static class OverridePath
{
    /// <summary>The segments of <paramref name="path"/>, unquoted.</summary>
    public static IReadOnlyList<string> Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        foreach (var c in path)
        {
            if (c == '"')
            {
                quoted = !quoted;
                wasQuoted = true;
            }
            else if (c == '.' && !quoted)
            {
                Add();
            }
            else
            {
                current.Append(c);
            }
        }
        if (quoted)
        {
            throw new InputException("override", null, null, $"'{path}': a double quote is not closed");
        }
        Add();
        return segments;

        void Add()
        {
            if (current.Length == 0 && !wasQuoted)
            {
                throw new InputException("override", null, null, $"'{path}': empty segment; write dot-separated names such as parties.Hamas.reservation");
            }
            segments.Add(current.ToString());
            current.Clear();
            wasQuoted = false;
        }
    }

    /// <summary>The path of <paramref name="segments"/> as a user writes it.</summary>
    public static string Format(IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return string.Join('.', segments.Select(s => s.Length == 0 || s.AsSpan().IndexOfAny(". \"=,") >= 0 ? $"\"{s}\"" : s));
    }

    /// <summary>Splits <c>KEY=VALUE</c> at the first <c>=</c> outside double quotes; null without one.</summary>
    public static (string Key, string Value)? SplitAssignment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '=' && !quoted)
            {
                return i == 0 ? null : (text[..i].Trim(), text[(i + 1)..].Trim());
            }
        }
        return null;
    }
}
