namespace Parley.Cli.Infrastructure;

/// <summary>A usage error detected by a command (an unknown name, a value out of range). Shown as one line.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message) : base(message) { }

    /// <summary>Creates the exception (required by the exception pattern).</summary>
    public CliException() { }

    /// <summary>Creates the exception (required by the exception pattern).</summary>
    public CliException(string message, Exception inner) : base(message, inner) { }
}
