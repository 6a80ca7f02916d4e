namespace Parley.Data.Priors;

/// <summary>The chance that a ceasefire breaks down within a window, and who breaks it.</summary>
/// <param name="Probability">P(breakdown in the window | it held to the window's start).</param>
/// <param name="ByA">The part of <paramref name="Probability"/> in which side A breaks it.</param>
/// <param name="ByB">The part in which side B breaks it.</param>
public readonly record struct BreakdownRisk(double Probability, double ByA, double ByB);
