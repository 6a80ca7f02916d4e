using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Cow;

/// <summary>One state's participation in one inter-state war (one row of the COW v4.0 file).</summary>
/// <param name="WarNumber">COW war number.</param>
/// <param name="WarName">War name.</param>
/// <param name="WarType">War type code (1 = inter-state).</param>
/// <param name="StateCode">COW state code.</param>
/// <param name="StateName">State name.</param>
/// <param name="Side">Side (1 or 2).</param>
/// <param name="Start1">Start of participation.</param>
/// <param name="End1">End of participation (null when unknown).</param>
/// <param name="Start2">Start of a second spell, when the state re-entered.</param>
/// <param name="End2">End of the second spell.</param>
/// <param name="Initiator">True when the state was on the initiating side.</param>
/// <param name="Outcome">Outcome code 1-8 (see <see cref="CowCodes.InterStateOutcome"/>).</param>
/// <param name="BattleDeaths">Battle deaths of this state, when known.</param>
/// <param name="Line">Line in the file.</param>
public sealed record CowInterStateParticipation(
    int WarNumber,
    string WarName,
    int WarType,
    int StateCode,
    string StateName,
    int Side,
    PartialDate Start1,
    PartialDate? End1,
    PartialDate? Start2,
    PartialDate? End2,
    bool Initiator,
    int Outcome,
    int? BattleDeaths,
    int Line);
