using Parley.Domain;

namespace Parley.Application.Results;

/// <summary>How many cases of a dataset ended one way.</summary>
/// <param name="Ending">The ending's name.</param>
/// <param name="Count">The cases that ended this way.</param>
public sealed record EndingShare(string Ending, int Count)
{
    /// <summary>The ending's name.</summary>
    public string Ending { get; } = Preconditions.Text(Ending, "a base-rate ending's name");

    /// <summary>The cases that ended this way (0 or more).</summary>
    public int Count { get; } = Count >= 0 ? Count : throw new ModelException($"the base rate of '{Ending}' counts {Count} cases: give 0 or more");
}

/// <summary>
/// How similar wars ended, from a dataset: the cases whose ending is coded, each ending's share of
/// them, and how many cases the dataset leaves without a coded ending (stated, never drawn as an ending).
/// </summary>
/// <param name="Source">The dataset and what a case is (e.g. "UCDP Conflict Termination v3-2021: conflict episodes").</param>
/// <param name="Shares">The coded endings with their counts, in the order to show them.</param>
/// <param name="NotCoded">Cases of the same selection whose ending is not coded.</param>
public sealed record EmpiricalEndings(string Source, IReadOnlyList<EndingShare> Shares, int NotCoded = 0)
{
    /// <summary>The dataset and what a case is.</summary>
    public string Source { get; } = Preconditions.Text(Source, "the ending base rates' source");

    /// <summary>Coded endings, in the order to show them.</summary>
    public IReadOnlyList<EndingShare> Shares { get; } = UniqueShares(Shares);

    /// <summary>Cases whose ending is not coded (left out of every share).</summary>
    public int NotCoded { get; } = NotCoded >= 0 ? NotCoded : throw new ModelException($"the ending base rates count {NotCoded} cases not coded: give 0 or more");

    /// <summary>Cases whose ending is coded: the denominator of every share.</summary>
    public int Coded => Shares.Sum(s => s.Count);

    /// <summary>An ending's share of the coded cases (0 when none is coded).</summary>
    public double ShareOf(EndingShare ending)
    {
        ArgumentNullException.ThrowIfNull(ending);
        return Coded == 0 ? 0 : (double)ending.Count / Coded;
    }

    private static IReadOnlyList<EndingShare> UniqueShares(IReadOnlyList<EndingShare>? shares)
    {
        var list = Preconditions.List(shares, "the ending base rates");
        Preconditions.Unique(list, s => s.Ending, "the ending base rates");
        return list;
    }
}
