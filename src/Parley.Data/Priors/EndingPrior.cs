using Parley.Data.BaseRates;
using Parley.Domain.Endings;

namespace Parley.Data.Priors;

/// <summary>
/// Ending base rates as a probability vector for the war process: one probability per ending
/// category with a Wilson interval, from a chosen dataset and subset.
/// </summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Subset">The subset (group name, e.g. "intrastate (unverified) / 1990-2020").</param>
/// <param name="Cases">Cases the shares rest on.</param>
/// <param name="Categories">Probabilities with intervals; they sum to 1.</param>
internal sealed record EndingPrior(string DatasetId, string Subset, int Cases, IReadOnlyList<CategoryCount> Categories)
{
    /// <summary>The probability of <paramref name="category"/> (0 when absent).</summary>
    public double Probability(string category) => Categories.FirstOrDefault(c => c.Category == category)?.Share ?? 0;
}
