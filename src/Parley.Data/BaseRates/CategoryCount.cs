namespace Parley.Data.BaseRates;

/// <summary>How many cases of a group fall in one category, as a share with a Wilson confidence interval.</summary>
/// <param name="Category">Category key (stable, for machines).</param>
/// <param name="Label">What it means.</param>
/// <param name="Verified">False when the meaning is Parley's unverified reading of a code.</param>
/// <param name="Count">Cases in the category.</param>
/// <param name="Share">Count / group total.</param>
/// <param name="Lower">Lower bound of the share's confidence interval.</param>
/// <param name="Upper">Upper bound.</param>
public sealed record CategoryCount(string Category, string Label, bool Verified, int Count, double Share, double Lower, double Upper);
