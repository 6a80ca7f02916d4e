namespace Parley.Domain.Endings;

/// <summary>One of the two belligerents of a two-sided war model, or neither.</summary>
public enum Side : byte
{
    /// <summary>No side (an agreement, a stalemate, nobody broke anything).</summary>
    None = 0,

    /// <summary>Side A: in the formal models the challenger, or the player who proposes first.</summary>
    A = 1,

    /// <summary>Side B: the defender, or the player who responds first.</summary>
    B = 2,
}
