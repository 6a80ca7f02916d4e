using Parley.Cli.Commands.Models;
using Parley.Data.Datasets;
using Parley.Domain;

namespace Parley.Cli.Infrastructure;

/// <summary>
/// What the command line adds around the command tree: the arguments as Spectre parses them, and the
/// library's errors with each setting they name spelled as it is typed here.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// The arguments as the command tree parses them: model parameters generated from their declaration
    /// (<see cref="ModelParameterArguments"/>) and single-letter long options (<see cref="SingleLetterOptions"/>).
    /// </summary>
    public static string[] Normalise(string[] args) =>
        SingleLetterOptions.Normalise(ModelParameterArguments.Rewrite(args));

    /// <summary>
    /// The one-line message to show for <paramref name="error"/>: the library names the settings a fix
    /// involves as declared (<c>forts is 1: ...</c>); here each becomes its flag (<c>--forts is 1: ...</c>),
    /// and the data directory its option and environment variable.
    /// </summary>
    public static string Message(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            ModelException model => model.MessageNaming(Flag),
            InputException input => input.MessageNaming(Flag),
            _ => error.Message,
        };
    }

    /// <summary>How the command line spells a setting the library names: <c>cost-a</c> is <c>--cost-a</c>.</summary>
    public static string Flag(string setting) => setting switch
    {
        DatasetFile.DataDirectorySetting => $"data directory (--data DIR or {DataDirectory.EnvironmentVariable})",
        _ => "--" + setting,
    };
}
