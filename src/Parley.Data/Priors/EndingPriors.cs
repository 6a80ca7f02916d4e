using Parley.Data.BaseRates;
using Parley.Data.Datasets.Cow;
using Parley.Data.Datasets.Ucdp;
using Parley.Domain;
using Parley.Domain.Endings;

namespace Parley.Data.Priors;

/// <summary>Ending base rates turned into probability vectors for the engine.</summary>
internal static class EndingPriors
{
    /// <summary>
    /// Endings of COW <paramref name="wars"/> whose type and era group is <paramref name="group"/>
    /// (as named by <see cref="EndingBaseRates"/>, e.g. "all", "1946-1989").
    /// </summary>
    public static EndingPrior Cow(IReadOnlyCollection<CowWar> wars, EndingSplit split = EndingSplit.None, string group = EndingBaseRates.AllGroup, double confidence = 0.95)
    {
        var table = EndingBaseRates.Cow(wars, split, confidence);
        return Pick(table, group);
    }

    /// <summary>Endings of UCDP dyad episodes (<paramref name="endings"/>: rows with dyadterm = 1) in <paramref name="group"/>.</summary>
    public static EndingPrior Ucdp(IReadOnlyCollection<UcdpDyadYear> endings, EndingSplit split = EndingSplit.None, string group = EndingBaseRates.AllGroup, double confidence = 0.95)
    {
        var table = EndingBaseRates.Ucdp(endings, split, confidence);
        return Pick(table, group);
    }

    private static EndingPrior Pick(EndingTable table, string group)
    {
        var found = table.Groups.FirstOrDefault(g => string.Equals(g.Name, group, StringComparison.OrdinalIgnoreCase))
                    ?? throw new ModelException(
                        $"no group '{group}' in {table.DatasetId} endings split by {table.GroupBy}: use one of {string.Join(", ", table.Groups.Select(g => g.Name))}");
        return new EndingPrior(table.DatasetId, found.Name, found.Total, found.Categories);
    }
}
