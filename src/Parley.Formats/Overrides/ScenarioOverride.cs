using Parley.Domain;

namespace Parley.Formats.Overrides;

/// <summary>
/// One scenario value replaced by its path: <c>parties.Hamas.reservation=0.2</c>. The path is
/// dot-separated segments; a segment with dots or spaces is written in double quotes
/// (<c>issues."ceasefire permanence".default</c>). A segment names a mapping key, or a list item by
/// its <c>name</c>, <c>id</c> or <c>issue</c>, or by its 0-based index.
/// </summary>
/// <param name="Path">The segments of the path, unquoted.</param>
/// <param name="Value">The new value as text: a number, true/false, a JSON list or object, or a string.</param>
public sealed record ScenarioOverride(IReadOnlyList<string> Path, string Value)
{
    /// <summary>The path as written: segments joined by dots, quoted where they hold dots, spaces or quotes.</summary>
    public string PathText => OverridePath.Format(Path);

    /// <summary>Parses <c>KEY=VALUE</c> (the first <c>=</c> outside quotes splits them).</summary>
    public static ScenarioOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = OverridePath.SplitAssignment(text)
            ?? throw new InputException("override", null, null, $"'{text}': write KEY=VALUE, e.g. parties.Hamas.reservation=0.2");
        return new ScenarioOverride(OverridePath.Parse(split.Key), split.Value);
    }

    /// <inheritdoc />
    public override string ToString() => $"{PathText}={Value}";
}
