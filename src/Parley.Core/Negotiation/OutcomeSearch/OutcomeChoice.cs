namespace Parley.Negotiation.OutcomeSearch;

/// <summary>An outcome picked by an <see cref="IOutcomeIndex"/>: its mixed-radix index and its utility to the index's owner.</summary>
/// <param name="Found">False when no outcome met the request.</param>
/// <param name="Outcome">The outcome's mixed-radix index in its space.</param>
/// <param name="Utility">The owner's utility of the outcome.</param>
public readonly record struct OutcomeChoice(bool Found, long Outcome, double Utility)
{
    /// <summary>The empty answer.</summary>
    public static OutcomeChoice None => default;
}
