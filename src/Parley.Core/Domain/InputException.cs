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
