namespace Parley.Data.Datasets.Pax;

/// <summary>One agreement of the PA-X core-column extract.</summary>
/// <param name="Id">AgtId.</param>
/// <param name="Version">Ver.</param>
/// <param name="Country">Con (country or entity; "Israel/Palestine" and so on).</param>
/// <param name="ConflictType">Contp.</param>
/// <param name="ProcessId">PP.</param>
/// <param name="ProcessName">PPName.</param>
/// <param name="Region">Reg.</param>
/// <param name="Name">Agt.</param>
/// <param name="Date">Dat.</param>
/// <param name="Status">Status.</param>
/// <param name="Pages">Lgt, when given.</param>
/// <param name="AgreementType">Agtp code (Inter, Intra, InterIntra, IntraLocal).</param>
/// <param name="Stage">Stage code (Pre, SubPar, SubComp, Cea, Imp, Ren, Oth).</param>
/// <param name="SubStage">StageSub, when given.</param>
/// <param name="Parties">Part.</param>
/// <param name="ThirdParties">ThrdPart, when given.</param>
/// <param name="Ceasefire">Ce (0-3).</param>
/// <param name="Provisions">The 0/1 provision columns coded 1.</param>
/// <param name="Graded">The 0-3 graded columns with their value.</param>
/// <param name="Line">Line in the file where the record starts.</param>
public sealed record PaxAgreement(
    int Id,
    int Version,
    string Country,
    string ConflictType,
    int ProcessId,
    string ProcessName,
    string Region,
    string Name,
    DateOnly Date,
    string Status,
    int? Pages,
    string AgreementType,
    string Stage,
    string? SubStage,
    string Parties,
    string? ThirdParties,
    int Ceasefire,
    IReadOnlySet<string> Provisions,
    IReadOnlyDictionary<string, int> Graded,
    int Line)
{
    /// <summary>True when the agreement concerns Israel or Palestine (its Con names either).</summary>
    public bool IsIsraelPalestine =>
        Country.Contains("Israel", StringComparison.OrdinalIgnoreCase)
        || Country.Contains("Palestin", StringComparison.OrdinalIgnoreCase);
}
