using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Cow;

/// <summary>One row of the Correlates of War intra-state war file (v4.1): one pairing of sides in one war.</summary>
/// <param name="WarNumber">COW war number.</param>
/// <param name="WarName">War name.</param>
/// <param name="WarType">War type code 4-7 (see <see cref="CowCodes.WarType"/>).</param>
/// <param name="StateCodeA">COW code of side A when it is a state.</param>
/// <param name="SideA">Side A name, when given.</param>
/// <param name="StateCodeB">COW code of side B when it is a state.</param>
/// <param name="SideB">Side B name, when given.</param>
/// <param name="Internationalized">True when the war was internationalized (Intnl = 1).</param>
/// <param name="Start1">Start of the war (first spell).</param>
/// <param name="End1">End of the first spell; null when unknown or ongoing.</param>
/// <param name="Ongoing">True when the end is coded -7 (ongoing).</param>
/// <param name="Start2">Start of a second spell, when the war resumed.</param>
/// <param name="End2">End of the second spell.</param>
/// <param name="Outcome">Outcome code 1-7 (see <see cref="CowCodes.IntraStateOutcome"/>).</param>
/// <param name="SideADeaths">Side A deaths, when known.</param>
/// <param name="SideBDeaths">Side B deaths, when known.</param>
/// <param name="Line">Line in the file.</param>
public sealed record CowIntraStateRow(
    int WarNumber,
    string WarName,
    int WarType,
    int? StateCodeA,
    string? SideA,
    int? StateCodeB,
    string? SideB,
    bool Internationalized,
    PartialDate Start1,
    PartialDate? End1,
    bool Ongoing,
    PartialDate? Start2,
    PartialDate? End2,
    int Outcome,
    int? SideADeaths,
    int? SideBDeaths,
    int Line);
