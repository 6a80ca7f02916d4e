namespace Parley.Negotiation.Protocols;

/// <summary>
/// A strategy made a move the protocol does not allow (accepting when nothing is on the table,
/// offering an outcome outside the space, tabling an empty amendment). A programming error in the
/// strategy, reported with the party, round and rule broken.
/// </summary>
public sealed class ProtocolViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProtocolViolationException(string message) : base(message) { }

    /// <summary>Creates the exception (required by the exception pattern).</summary>
    public ProtocolViolationException() { }

    /// <summary>Creates the exception (required by the exception pattern).</summary>
    public ProtocolViolationException(string message, Exception inner) : base(message, inner) { }
}
