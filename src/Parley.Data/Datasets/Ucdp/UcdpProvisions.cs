namespace Parley.Data.Datasets.Ucdp;

/// <summary>
/// The 0/1 provision columns of the UCDP Peace Agreement dataset that Parley reads, with Parley's
/// reading of each column name. The README names the columns but not their meanings, and the
/// codebook was not in the stored material, so every label is unverified (docs/data/codes.md).
/// </summary>
public static class UcdpProvisions
{
    /// <summary>Ceasefire provision.</summary>
    public const string Ceasefire = "cease";

    /// <summary>Withdrawal of foreign forces.</summary>
    public const string Withdrawal = "withd";

    /// <summary>Release of prisoners.</summary>
    public const string PrisonerRelease = "pris";

    /// <summary>Peacekeeping operation.</summary>
    public const string Peacekeeping = "pko";

    /// <summary>Every provision column read, with its label (all unverified).</summary>
    public static CodeList Columns { get; } = new("ucdp-pa", "provision columns", "Parley's reading of the column names (codebook not in stored material)",
    [
        new(Ceasefire, "ceasefire", false),
        new(Withdrawal, "withdrawal of foreign forces", false),
        new(PrisonerRelease, "prisoner release", false),
        new(Peacekeeping, "peacekeeping operation", false),
        new("intarmy", "integration into the army", false),
        new("ddr", "disarmament, demobilization and reintegration", false),
        new("mil_prov", "any military provision", false),
        new("intgov", "integration into government", false),
        new("intciv", "integration into the civil service", false),
        new("elections", "elections", false),
        new("interim", "interim government", false),
        new("natalks", "national talks", false),
        new("shagov", "power-sharing government", false),
        new("pol_prov", "any political provision", false),
        new("aut", "autonomy", false),
        new("fed", "federalism", false),
        new("ind", "independence", false),
        new("ref", "referendum", false),
        new("shaloc", "local power-sharing", false),
        new("regdev", "regional development", false),
        new("cul", "cultural freedoms", false),
        new("demarcation", "border demarcation", false),
        new("locgov", "local government", false),
        new("terr_prov", "any territorial provision", false),
        new("amn", "amnesty", false),
        new("recon", "reconciliation", false),
        new("return", "return of refugees", false),
        new("justice_prov", "any justice provision", false),
        new("reaffirm", "reaffirms an earlier agreement", false),
        new("outlin", "outlines a process", false),
        new("gender", "gender provisions", false),
        new("co_impl", "implementation commission", false),
    ]);
}
