namespace Parley.Data.Agreements;

/// <summary>One PA-X agreement as listed on its own (the Israel/Palestine subset).</summary>
/// <param name="Id">AgtId.</param>
/// <param name="Date">Date.</param>
/// <param name="Name">Agreement name.</param>
/// <param name="Country">Con.</param>
/// <param name="Stage">Stage code.</param>
/// <param name="StageLabel">Stage meaning (with "(unverified)" where it is Parley's reading).</param>
/// <param name="AgreementType">Agtp code.</param>
/// <param name="Status">Status.</param>
/// <param name="CeasefireGrade">Ce (0-3).</param>
/// <param name="Provisions">Labels of the 0/1 provisions coded 1.</param>
public sealed record PaxListing(
    int Id,
    DateOnly Date,
    string Name,
    string Country,
    string Stage,
    string StageLabel,
    string AgreementType,
    string Status,
    int CeasefireGrade,
    IReadOnlyList<string> Provisions);
