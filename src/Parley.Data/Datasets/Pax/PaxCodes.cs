using Parley.Data.Csv;

namespace Parley.Data.Datasets.Pax;

/// <summary>
/// Meanings of the PA-X codes Parley uses. The README gives the Stage and Agtp values and says
/// Cea is the ceasefire stage; the other expansions are Parley's reading of the abbreviations
/// (PA-X codebook not in the stored material), so they are unverified.
/// </summary>
internal static class PaxCodes
{
    private const string Basis = "README values; expansions are Parley's reading of the abbreviations";

    /// <summary>Stage.</summary>
    public static CodeList Stage { get; } = new("pa-x", "Stage", Basis,
    [
        new("Pre", "pre-negotiation/process", false),
        new("SubPar", "substantive, partial", false),
        new("SubComp", "substantive, comprehensive", false),
        new("Cea", "ceasefire", true),
        new("Imp", "implementation/renegotiation", false),
        new("Ren", "renewal", false),
        new("Oth", "other", false),
    ]);

    /// <summary>Agtp (agreement type).</summary>
    public static CodeList AgreementType { get; } = new("pa-x", "Agtp", Basis,
    [
        new("Intra", "intrastate", false),
        new("IntraLocal", "intrastate, local", false),
        new("InterIntra", "interstate/intrastate", false),
        new("Inter", "interstate", false),
    ]);

    /// <summary>The 0/1 provision columns of the extract (labels unverified).</summary>
    public static CodeList BinaryProvisions { get; } = new("pa-x", "provision columns", Basis,
    [
        new("CeProv", "ceasefire provision", false),
        new("CeGen", "general ceasefire", false),
        new("HrDet", "detention", false),
        new("Terr", "territory", false),
        new("DevHum", "humanitarian assistance", false),
        new("ImUN", "UN implementation role", false),
        new("ImOth", "other international implementation role", false),
        new("ImPK", "peacekeeping", false),
        new("ImE", "enforcement/implementation mechanism", false),
    ]);

    /// <summary>The 0-3 graded columns of the extract (0 = none; higher = more detail; unverified).</summary>
    public static CodeList GradedProvisions { get; } = new("pa-x", "graded columns", Basis,
    [
        new("Ce", "ceasefire", false),
        new("SsrPol", "police reform", false),
        new("SsrArm", "armed forces reform", false),
        new("SsrDdr", "DDR", false),
    ]);

    /// <summary>Missing values: blank and R's "NA".</summary>
    public static MissingValues Missing { get; } = new("NA");
}
