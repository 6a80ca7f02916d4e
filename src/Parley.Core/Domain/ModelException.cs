namespace Parley.Domain;

/// <summary>
/// Thrown when a model would be invalid: an issue with no options, weights that sum to zero, a
/// reference to an issue that does not exist. The message says what is wrong and what to fix, in
/// one line, so hosts can show it to users as it is.
/// </summary>
public sealed class ModelException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public ModelException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public ModelException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with no message (required by the exception pattern).</summary>
    public ModelException() { }
}
