using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// The console for output that goes to a pipe or a file rather than a terminal: every table is
/// written as tab-separated values (a <c># title</c> line when the table has a title, a header line,
/// one line per row, no borders and no wrapping, so a number is never split across lines); anything
/// else is written by the wrapped console. <c>--format json|csv</c> stay the formats for programs.
/// </summary>
public sealed class TsvConsole(IAnsiConsole inner) : IAnsiConsole
{
    /// <summary>The console written to.</summary>
    public IAnsiConsole Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public Profile Profile => Inner.Profile;

    /// <inheritdoc />
    public IAnsiConsoleCursor Cursor => Inner.Cursor;

    /// <inheritdoc />
    public IAnsiConsoleInput Input => Inner.Input;

    /// <inheritdoc />
    public IExclusivityMode ExclusivityMode => Inner.ExclusivityMode;

    /// <inheritdoc />
    public RenderPipeline Pipeline => Inner.Pipeline;

    /// <inheritdoc />
    public void Clear(bool home) => Inner.Clear(home);

    /// <inheritdoc />
    public void WriteAnsi(Action<AnsiWriter> action) => Inner.WriteAnsi(action);

    /// <inheritdoc />
    public void Write(IRenderable renderable)
    {
        if (renderable is not Table table)
        {
            Inner.Write(renderable);
            return;
        }
        var text = new StringBuilder();
        if (table.Title is { Text: { Length: > 0 } title })
        {
            text.Append("# ").Append(Cell(new Markup(title))).Append('\n');
        }
        text.Append(string.Join('\t', table.Columns.Select(c => Cell(c.Header)))).Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(string.Join('\t', row.Select(Cell))).Append('\n');
        }
        Inner.Profile.Out.Writer.Write(text.ToString());
        Inner.Profile.Out.Writer.Flush();
    }

    /// <summary>A cell as one line of plain text.</summary>
    private static string Cell(IRenderable cell)
    {
        using var writer = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = 100_000;
        plain.Write(cell);
        var lines = writer.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join(' ', lines).Replace('\t', ' ');
    }
}
