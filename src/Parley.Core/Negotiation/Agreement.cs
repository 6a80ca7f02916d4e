using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation;

/// <summary>The text every party accepted.</summary>
/// <param name="Outcome">The agreed outcome.</param>
/// <param name="Round">The round in which the agreed offer or text was tabled.</param>
/// <param name="Utilities">Each party's utility of the outcome, in party order.</param>
/// <param name="DiscountedUtilities">The same, discounted for the round it was tabled in (equal to <paramref name="Utilities"/> without discounting).</param>
public sealed record Agreement(Outcome Outcome, int Round, ImmutableArray<double> Utilities, ImmutableArray<double> DiscountedUtilities);
