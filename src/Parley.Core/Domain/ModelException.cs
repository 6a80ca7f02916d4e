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

    /// <summary>
    /// Creates the exception with a message that names the settings it is about (model parameters, a
    /// filter) through <see cref="SettingMessage"/>: <see cref="Exception.Message"/> uses the declared
    /// names, and a host spells them its own way with <see cref="MessageNaming"/>.
    /// </summary>
    public ModelException(SettingMessage message)
        : base((message ?? throw new ArgumentNullException(nameof(message)))(static name => name)) => _message = message;

    private readonly SettingMessage? _message;

    /// <summary>The message with every setting it mentions spelled by <paramref name="spell"/> (the plain message when it names none).</summary>
    public string MessageNaming(Func<string, string> spell)
    {
        ArgumentNullException.ThrowIfNull(spell);
        return _message is null ? Message : _message(spell);
    }
}
