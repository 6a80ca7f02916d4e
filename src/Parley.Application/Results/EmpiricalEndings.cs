using Parley.Domain.Endings;
using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>One ending's base rate in a dataset.</summary>
public sealed record EndingShare(string Ending, double Share)
{
    /// <summary>The ending's name.</summary>
    public string Ending { get; } = Preconditions.Text(Ending, "a base-rate ending's name");

    /// <summary>Its share of the cases (0..1).</summary>
    public double Share { get; } = Preconditions.Share(Share, $"the base rate of '{Ending}'");
}

/// <summary>How similar wars ended, from a dataset, with the dataset named for the caption.</summary>
public sealed record EmpiricalEndings(string Source, IReadOnlyList<EndingShare> Shares)
{
    /// <summary>The dataset and selection (e.g. "UCDP conflict termination 1946-2019, n = 2,227 episodes").</summary>
    public string Source { get; } = Preconditions.Text(Source, "the ending base rates' source");

    /// <summary>Base rates, in the order to show them.</summary>
    public IReadOnlyList<EndingShare> Shares { get; } = UniqueShares(Shares);

    private static IReadOnlyList<EndingShare> UniqueShares(IReadOnlyList<EndingShare>? shares)
    {
        var list = Preconditions.List(shares, "the ending base rates");
        Preconditions.Unique(list, s => s.Ending, "the ending base rates");
        return list;
    }
}
