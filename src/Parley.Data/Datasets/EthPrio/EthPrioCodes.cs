using Parley.Data.Csv;
using Parley.Domain.Endings;

namespace Parley.Data.Datasets.EthPrio;

/// <summary>
/// Meanings of the ETH/PRIO ceasefire codes. The codebook was not in the stored material and the
/// README marks <c>ceasefire_class</c>, <c>ended</c> and <c>side</c> as unverified; every label
/// here is Parley's reading of the data (evidence in docs/data/codes.md), so all are unverified.
/// </summary>
internal static class EthPrioCodes
{
    private const string Basis = "Parley's reading of the data (codebook not in stored material)";

    /// <summary><c>ended</c>: how the ceasefire ended.</summary>
    public static CodeList Ended { get; } = new("eth-prio", "ended", Basis,
    [
        new("-1", "unclear", false), new("0", "did not end (in force at the end of the data)", false),
        new("1", "expired at its fixed term", false), new("2", "broke down", false),
        new("3", "never took effect", false), new("4", "replaced by a new ceasefire", false),
    ]);

    /// <summary><c>side</c>: who declared it.</summary>
    public static CodeList Side { get; } = new("eth-prio", "side", Basis,
    [
        new("1", "unilateral", false), new("2", "bilateral", false), new("3", "multilateral", false),
    ]);

    /// <summary><c>ceasefire_class</c>.</summary>
    public static CodeList CeasefireClass { get; } = new("eth-prio", "ceasefire_class", Basis,
    [
        new("1", "cessation of hostilities", false), new("2", "cessation with further provisions", false),
        new("3", "definitive ceasefire", false),
    ]);

    /// <summary><c>written</c>.</summary>
    public static CodeList Written { get; } = new("eth-prio", "written", Basis,
    [
        new("-1", "unclear", false), new("0", "not written", false), new("1", "written (code 1)", false),
        new("2", "written (code 2)", false),
    ]);

    /// <summary>A 0/1 feature coded -1 when unclear (<c>fixed</c>, <c>mediator_nego</c>, <c>implement</c>, <c>ddr</c>).</summary>
    public static CodeList Flag(string column, string yes, string no) => new("eth-prio", column, Basis,
    [
        new("-1", "unclear", false), new("0", no, false), new("1", yes, false),
    ]);

    /// <summary><c>partial</c>.</summary>
    public static CodeList Partial { get; } = new("eth-prio", "partial", Basis,
    [
        new("0", "covers the whole conflict", false), new("1", "partial (some areas or actors)", false),
    ]);

    /// <summary><c>fixed</c>.</summary>
    public static CodeList Fixed { get; } = Flag("fixed", "fixed duration", "open-ended");

    /// <summary><c>mediator_nego</c>.</summary>
    public static CodeList MediatorNego { get; } = Flag("mediator_nego", "mediated", "not mediated");

    /// <summary><c>implement</c>.</summary>
    public static CodeList Implement { get; } = Flag("implement", "implementation mechanism", "no implementation mechanism");

    /// <summary><c>ddr</c>.</summary>
    public static CodeList Ddr { get; } = Flag("ddr", "DDR provisions", "no DDR provisions");

    /// <summary>A purpose flag (<c>p_humanitarian</c> and so on): 1 when the ceasefire had that purpose.</summary>
    public static CodeList Purpose(string column, string purpose) => new("eth-prio", column, Basis,
    [
        new("0", "not " + purpose, false), new("1", purpose, false),
    ]);

    /// <summary><c>enforcement</c> (labels from a secondary source's reading, unverified).</summary>
    public static CodeList Enforcement { get; } = new("eth-prio", "enforcement", Basis,
    [
        new("-1", "unclear", false), new("0", "no enforcement", false), new("1", "external enforcement", false),
        new("2", "international organisation enforcement", false), new("3", "enforcement code 3", false),
    ]);

    /// <summary><c>timing</c> (meaning not known: codes shown as they are).</summary>
    public static CodeList Timing { get; } = new("eth-prio", "timing", Basis,
    [
        new("-1", "unclear", false), new("0", "timing code 0", false), new("1", "timing code 1", false),
        new("2", "timing code 2", false), new("3", "timing code 3", false),
    ]);

    /// <summary>Missing values of id and date columns: blank, -1 (unknown) and 0 (not applicable).</summary>
    public static MissingValues DateMissing { get; } = new("-1", "0");

    /// <summary>Missing values of id columns: blank and -1.</summary>
    public static MissingValues IdMissing { get; } = new("-1");
}
