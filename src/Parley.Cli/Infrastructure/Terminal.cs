using Spectre.Console;

namespace Parley.Cli.Infrastructure;

/// <summary>The console Parley writes to: Spectre for people, plain writes for JSON and CSV.</summary>
public static class Terminal
{
    /// <summary>
    /// True when standard output is a terminal (progress bars and colour make sense); never for an
    /// in-process run (<see cref="ParleyApp.Run(string[], IAnsiConsole, TextWriter)"/>), whose output is captured.
    /// </summary>
    public static bool IsInteractive => AmbientConsole.Current is null && !Console.IsOutputRedirected;

    /// <summary>
    /// True when standard output goes to a pipe or a file (the <c>parley</c> process with redirected
    /// output, or an in-process run that asks for it): tables are then written as TSV.
    /// </summary>
    public static bool IsPiped => AmbientConsole.Current is { } run ? run.Piped : Console.IsOutputRedirected;

    /// <summary>
    /// A Spectre console on the current standard output; wide and colourless when redirected, and
    /// writing tables as TSV (<see cref="TsvConsole"/>) when piped.
    /// </summary>
    public static IAnsiConsole Create()
    {
        var console = CreatePlain();
        return IsPiped ? new TsvConsole(console) : console;
    }

    /// <summary>A Spectre console on the current standard output, tables drawn as tables.</summary>
    internal static IAnsiConsole CreatePlain()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            console.Profile.Width = 160;
        }
        return console;
    }
}
