using System.Collections.Immutable;

namespace Parley.Application.Play;

/// <summary>A person's answer to the mediator's text: accept it, walk out, or table amendments (issue position to value index).</summary>
public sealed record GameMove
{
    private GameMove(string kind, ImmutableDictionary<int, int> amendments)
    {
        Kind = kind;
        Amendments = amendments;
    }

    /// <summary>"accept", "walkout" or "amend".</summary>
    public string Kind { get; }

    /// <summary>For "amend": the new value of each amended issue.</summary>
    public ImmutableDictionary<int, int> Amendments { get; }

    /// <summary>Accept the text.</summary>
    public static GameMove Accept { get; } = new("accept", ImmutableDictionary<int, int>.Empty);

    /// <summary>Walk out of the talks.</summary>
    public static GameMove WalkOut { get; } = new("walkout", ImmutableDictionary<int, int>.Empty);

    /// <summary>Table amendments: issue position to the index of the value asked for.</summary>
    public static GameMove Amend(IReadOnlyDictionary<int, int> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        return new GameMove("amend", amendments.ToImmutableDictionary());
    }
}
