namespace Parley.Cli.Commands.Models;

/// <summary>
/// Spectre.Console.Cli rejects single-letter long options such as <c>--p</c> while tokenising, before any
/// command sees them, yet <c>parley model fearon --p 0.6</c> is part of the command-line contract. This
/// rewrites every single-letter long option (<c>--p</c>, <c>--p=0.6</c>) into its short form (<c>-p</c>,
/// <c>-p=0.6</c>), which commands declare. Everything after a bare <c>--</c> is left alone.
/// </summary>
public static class SingleLetterOptions
{
    /// <summary>The arguments with single-letter long options written as short options.</summary>
    public static string[] Normalise(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new string[args.Length];
        var rest = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            rest |= arg == "--";
            var isSingleLetter = !rest && arg.Length >= 3 && arg.StartsWith("--", StringComparison.Ordinal)
                && char.IsAsciiLetter(arg[2]) && (arg.Length == 3 || arg[3] is '=' or ':');
            result[i] = isSingleLetter ? arg[1..] : arg;
        }
        return result;
    }
}
