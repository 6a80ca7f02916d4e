using Parley.Data.Csv;

namespace Parley.Data.Datasets.Ucdp;

/// <summary>Meanings of the UCDP codes Parley uses.</summary>
internal static class UcdpCodes
{
    /// <summary>Conflict Termination <c>outcome</c> (meanings and order from the dataset README, after the UCDP codebook).</summary>
    public static CodeList Outcome { get; } = new("ucdp-term", "outcome", "dataset README (UCDP codebook names)",
    [
        new("1", "peace agreement", true), new("2", "ceasefire agreement", true),
        new("3", "victory side A (government)", true), new("4", "victory side B", true),
        new("5", "low activity", true), new("6", "actor ceases to exist", true),
    ]);

    /// <summary><c>type_of_conflict</c>: UCDP/PRIO conflict types as Parley reads them (not in the README).</summary>
    public static CodeList TypeOfConflict { get; } = new("ucdp-term", "type_of_conflict", "Parley's reading of the UCDP/PRIO typology (not in the README)",
    [
        new("1", "extrasystemic", false), new("2", "interstate", false),
        new("3", "intrastate", false), new("4", "internationalized intrastate", false),
    ]);

    /// <summary><c>incompatibility</c> as Parley reads it (not in the README).</summary>
    public static CodeList Incompatibility { get; } = new("ucdp", "incompatibility", "Parley's reading (not in the README)",
    [
        new("1", "territory", false), new("2", "government", false), new("3", "government and territory", false),
    ]);

    /// <summary>
    /// Peace Agreement <c>pa_type</c>. The README hedges ("check codebook"); the reading below agrees
    /// with the first words of <c>pa_comment</c> in 360 of 374 rows, but is still unverified.
    /// </summary>
    public static CodeList PeaceAgreementType { get; } = new("ucdp-pa", "pa_type", "README hedge plus pa_comment cross-check (unverified)",
    [
        new("1", "full peace agreement", false), new("2", "partial peace agreement", false),
        new("3", "peace process agreement", false),
    ]);

    /// <summary>Missing values in UCDP exports: blank and Stata's ".".</summary>
    public static MissingValues Missing { get; } = new(".");
}
