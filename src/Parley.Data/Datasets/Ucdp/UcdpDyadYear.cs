using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Ucdp;

/// <summary>One dyad-year of the UCDP Conflict Termination dataset (dyad level, v3-2021).</summary>
/// <param name="DyadId">UCDP dyad id.</param>
/// <param name="DyadEpisode">Episode number of the dyad (1, 2, ...).</param>
/// <param name="ConflictId">UCDP conflict id.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Location">Conflict location.</param>
/// <param name="SideA">Side A (a government).</param>
/// <param name="SideB">Side B.</param>
/// <param name="DyadTerm">1 when the episode ends this year, 0 when it goes on; null when not coded (the last year).</param>
/// <param name="Outcome">How the episode ended (1-6, see <see cref="UcdpCodes.Outcome"/>); null when not coded.</param>
/// <param name="EpisodeEnd">Episode end date, when given.</param>
/// <param name="CeasefireDate">Date of a ceasefire agreement, when given.</param>
/// <param name="PeaceAgreementDate">Date of a peace agreement, when given.</param>
/// <param name="Recur">True when the dyad had an earlier episode.</param>
/// <param name="Incompatibility">Incompatibility code 1-3.</param>
/// <param name="IntensityLevel">Intensity level 1 (minor) or 2 (war).</param>
/// <param name="TypeOfConflict">Conflict type code 1-4.</param>
/// <param name="Line">Line in the file.</param>
public sealed record UcdpDyadYear(
    int DyadId,
    int DyadEpisode,
    int ConflictId,
    int Year,
    string Location,
    string SideA,
    string SideB,
    int? DyadTerm,
    int? Outcome,
    DateOnly? EpisodeEnd,
    DateOnly? CeasefireDate,
    DateOnly? PeaceAgreementDate,
    bool Recur,
    int Incompatibility,
    int IntensityLevel,
    int TypeOfConflict,
    int Line);
