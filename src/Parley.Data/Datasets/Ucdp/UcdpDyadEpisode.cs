using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Ucdp;

/// <summary>One episode of one UCDP dyad: consecutive active years of fighting between the same sides.</summary>
/// <param name="DyadId">UCDP dyad id.</param>
/// <param name="Episode">Episode number.</param>
/// <param name="ConflictId">UCDP conflict id.</param>
/// <param name="Location">Conflict location.</param>
/// <param name="SideA">Side A.</param>
/// <param name="SideB">Side B.</param>
/// <param name="FirstYear">First active year.</param>
/// <param name="LastYear">Last active year.</param>
/// <param name="ActiveYears">Number of dyad-year rows.</param>
/// <param name="Ended">True when a row of the episode has dyadterm = 1.</param>
/// <param name="Outcome">How it ended, when coded.</param>
/// <param name="TypeOfConflict">Conflict type in the last year.</param>
public sealed record UcdpDyadEpisode(
    int DyadId,
    int Episode,
    int ConflictId,
    string Location,
    string SideA,
    string SideB,
    int FirstYear,
    int LastYear,
    int ActiveYears,
    bool Ended,
    int? Outcome,
    int TypeOfConflict)
{
    /// <summary>Calendar years from first to last active year, counting both.</summary>
    public int SpanYears => LastYear - FirstYear + 1;
}
