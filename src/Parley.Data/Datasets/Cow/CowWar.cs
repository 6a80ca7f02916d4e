using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Cow;

/// <summary>
/// One Correlates of War war, aggregated from its rows: earliest start, latest end, and the
/// war-level ending.
/// </summary>
/// <param name="DatasetId"><c>cow-inter</c> or <c>cow-intra</c>.</param>
/// <param name="WarNumber">COW war number.</param>
/// <param name="Name">War name.</param>
/// <param name="WarType">War type code (see <see cref="CowCodes.WarType"/>).</param>
/// <param name="Start">Earliest start over all rows and spells.</param>
/// <param name="End">Latest end over all rows and spells; null when the war is ongoing or an end is unknown.</param>
/// <param name="Ending">How the war ended.</param>
/// <param name="Rows">Number of rows the war has in the file.</param>
/// <param name="BattleDeaths">Sum of the known battle-death figures, null when none is known.</param>
public sealed record CowWar(
    string DatasetId,
    int WarNumber,
    string Name,
    int WarType,
    PartialDate Start,
    PartialDate? End,
    CowEnding Ending,
    int Rows,
    long? BattleDeaths)
{
    /// <summary>Days from start to end, counting both; null without an end.</summary>
    public int? DurationDays => End is { } end ? PartialDate.InclusiveDays(Start, end) : null;

    /// <summary>The year the war ended, or started when it has no end.</summary>
    public int EndYear => End?.Year ?? Start.Year;
}
