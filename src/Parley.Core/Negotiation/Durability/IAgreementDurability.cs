namespace Parley.Negotiation.Durability;

/// <summary>
/// How likely an agreement on a text is to hold, supplied by the world the negotiation runs in (a
/// war: the text's clauses and the temptations to resume it leaves each side). A party values a text
/// at S·u + (1 − S)·r: with probability S it holds and is worth its utility u; otherwise the party is
/// back at its reservation value r. Acceptance does not change (S·u + (1 − S)·r ≥ r exactly when u ≥ r,
/// for S &gt; 0); which text a mediator tables does (docs/war-process.md, "A text's breakdown risk in its value").
/// </summary>
public interface IAgreementDurability
{
    /// <summary>
    /// P(an agreement on the text with value indices <paramref name="text"/> holds over the window the
    /// parties value), given each party's reservation value this round (<paramref name="reservations"/>); in [0, 1].
    /// Called for many candidate texts a round: it must not allocate.
    /// </summary>
    double Holds(ReadOnlySpan<int> text, ReadOnlySpan<double> reservations);
}
