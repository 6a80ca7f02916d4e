namespace Parley.Data.Datasets.Ucdp;

/// <summary>One agreement of the UCDP Peace Agreement dataset (v22.1).</summary>
/// <param name="Id">Agreement id (paid).</param>
/// <param name="ConflictId">UCDP conflict id (the first, when several are listed).</param>
/// <param name="ConflictName">Conflict name.</param>
/// <param name="Name">Agreement name.</param>
/// <param name="Year">Year signed.</param>
/// <param name="Date">Date signed.</param>
/// <param name="Type">pa_type code 1-3 (see <see cref="UcdpCodes.PeaceAgreementType"/>).</param>
/// <param name="Ended">The <c>ended</c> flag: true, false, or null when blank.</param>
/// <param name="EndDate">The date in the <c>duration</c> column (when the agreement ended), when given.</param>
/// <param name="ProcessId">Peace process id (procID).</param>
/// <param name="Provisions">The provision columns coded 1 (see <see cref="UcdpProvisions"/>).</param>
/// <param name="Line">Line in the file where the record starts.</param>
public sealed record UcdpPeaceAgreement(
    int Id,
    int? ConflictId,
    string ConflictName,
    string Name,
    int Year,
    DateOnly Date,
    int Type,
    bool? Ended,
    DateOnly? EndDate,
    int? ProcessId,
    IReadOnlySet<string> Provisions,
    int Line)
{
    /// <summary>True when provision column <paramref name="column"/> is coded 1.</summary>
    public bool Has(string column) => Provisions.Contains(column);
}
