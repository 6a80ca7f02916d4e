using System.Globalization;
using Parley.Domain;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Formats.Yaml;

/// <summary>
/// The bounds a YAML document must keep before it is built into a tree: its size, its nesting depth,
/// and what its aliases expand to (a recursive alias, or an "alias bomb" whose few lines expand to
/// billions of values). Checked on the parser's event stream, which needs no recursion, so a hostile
/// file gets one line of error instead of a stack overflow, a hang or unbounded memory.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest document read, in characters (a scenario is a few tens of kilobytes).</summary>
    public const int MaxCharacters = 8 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and sequences, aliases expanded.</summary>
    public const int MaxDepth = 40;

    /// <summary>The most values (scalars, mappings, sequences) the document may hold once its aliases are expanded.</summary>
    public const long MaxValues = 1_000_000;

    /// <summary>Throws an <see cref="InputException"/> when <paramref name="text"/> breaks a bound; YAML syntax errors are left to the reader.</summary>
    public static void Check(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            throw new InputException(file, null, null,
                $"the file holds {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the {MaxCharacters.ToString("N0", CultureInfo.InvariantCulture)} a scenario may have: check that it is the right file");
        }
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, (long Values, int Height)>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        var start = (NodeEvent)parser.Current!;
                        if (open.Count + 1 > MaxDepth)
                        {
                            throw At(file, start.Start, $"values nested more than {MaxDepth} levels deep: a scenario never needs that; check for unbalanced brackets");
                        }
                        open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value));
                        total = Add(file, start.Start, total, 1);
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = open.Pop();
                        var height = done.Height + 1;
                        if (done.Anchor is not null)
                        {
                            anchors[done.Anchor] = (done.Values + 1, height);
                        }
                        Child(open, done.Values + 1, height);
                        break;
                    case Scalar scalar:
                        total = Add(file, scalar.Start, total, 1);
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = (1, 0);
                        }
                        Child(open, 1, 0);
                        break;
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (!anchors.TryGetValue(name, out var target))
                        {
                            var recursive = open.Any(f => f.Anchor == name);
                            throw At(file, alias.Start, recursive
                                ? $"alias *{name} refers to the value that contains it (a recursive alias): write the value out"
                                : $"alias *{name} has no anchor &{name} before it: define the anchor first");
                        }
                        if (open.Count + target.Height > MaxDepth)
                        {
                            throw At(file, alias.Start, $"alias *{name} nests values more than {MaxDepth} levels deep: write the value out");
                        }
                        total = Add(file, alias.Start, total, target.Values);
                        Child(open, target.Values, target.Height);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Syntax errors are reported, with their position, by the reader that builds the tree.
        }
    }

    private static void Child(Stack<Frame> open, long values, int height)
    {
        if (open.Count == 0)
        {
            return;
        }
        var parent = open.Pop();
        open.Push(parent with { Values = parent.Values + values, Height = Math.Max(parent.Height, height) });
    }

    private static long Add(string file, Mark at, long total, long values)
    {
        var sum = total + values;
        if (sum > MaxValues)
        {
            throw At(file, at, $"the document expands to more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values (aliases are expanded): write the values out or use fewer aliases");
        }
        return sum;
    }

    private static InputException At(string file, Mark at, string problem) => new(file, (int)at.Line, (int)at.Column, problem);

    private readonly record struct Frame(string? Anchor, long Values = 0, int Height = 0);
}
