namespace Parley.Domain;

/// <summary>
/// Bad input in a file: names the file, the line and column where known, and what to fix.
/// <see cref="Exception.Message"/> is the full one-line message, ready to show a user.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at an optional position.</summary>
    public InputException(string file, int? line, int? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>
    /// Creates the exception for <paramref name="file"/> with a problem that names the settings its fix
    /// involves (the data directory, a parameter) through <see cref="SettingMessage"/>: <see cref="Problem"/>
    /// uses the declared names, and a host spells them its own way with <see cref="MessageNaming"/>.
    /// </summary>
    public InputException(string file, int? line, int? column, SettingMessage problem, Exception? inner = null)
        : this(file, line, column, (problem ?? throw new ArgumentNullException(nameof(problem)))(static name => name), inner) => _problem = problem;

    private readonly SettingMessage? _problem;

    /// <summary>The full message with every setting it mentions spelled by <paramref name="spell"/> (the plain message when it names none).</summary>
    public string MessageNaming(Func<string, string> spell)
    {
        ArgumentNullException.ThrowIfNull(spell);
        return _problem is null ? Message : Format(File, Line, Column, _problem(spell));
    }

    /// <summary>Creates the exception with no position (required by the exception pattern).</summary>
    public InputException() : base("bad input") => File = Problem = string.Empty;

    /// <summary>Creates the exception from a message (required by the exception pattern).</summary>
    public InputException(string message) : base(message) => File = Problem = message;

    /// <summary>Creates the exception from a message and cause (required by the exception pattern).</summary>
    public InputException(string message, Exception inner) : base(message, inner) => File = Problem = message;

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong and what to fix, without the position.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, int? column, string problem)
    {
        var where = file;
        if (line is { } l)
        {
            where += $":{l}";
            if (column is { } c)
            {
                where += $":{c}";
            }
        }
        return $"{where}: {problem}";
    }
}
