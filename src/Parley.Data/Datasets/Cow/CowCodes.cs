using Parley.Domain.Endings;
namespace Parley.Data.Datasets.Cow;

/// <summary>Meanings of the Correlates of War codes Parley uses.</summary>
internal static class CowCodes
{
    /// <summary>Inter-state Outcome, per participant (meanings from the dataset README).</summary>
    public static CodeList InterStateOutcome { get; } = new("cow-inter", "Outcome", "dataset README",
    [
        new("1", "winner", true), new("2", "loser", true), new("3", "compromise/tied", true),
        new("4", "transformed into another type of war", true), new("5", "ongoing as of 12/31/2007", true),
        new("6", "stalemate", true), new("7", "continues below war level", true), new("8", "changed sides", true),
    ]);

    /// <summary>Intra-state Outcome, per war (meanings from the dataset README).</summary>
    public static CodeList IntraStateOutcome { get; } = new("cow-intra", "Outcome", "dataset README",
    [
        new("1", "side A wins", true), new("2", "side B wins", true), new("3", "compromise", true),
        new("4", "transformed", true), new("5", "ongoing", true), new("6", "stalemate", true),
        new("7", "continues below war level", true),
    ]);

    /// <summary>
    /// WarType. The READMEs do not list these; the labels are the COW war typology as Parley reads
    /// it (see docs/data/codes.md), so they are unverified.
    /// </summary>
    public static CodeList WarType { get; } = new("cow", "WarType", "Parley's reading of the COW typology (not in the README)",
    [
        new("1", "inter-state war", false), new("4", "civil war for central control", false),
        new("5", "civil war over local issues", false), new("6", "regional internal war", false),
        new("7", "intercommunal war", false),
    ]);

    /// <summary>War-level ending categories (derived from README-given Outcome codes, so verified).</summary>
    public static CodeList Ending { get; } = new("cow", "ending", "derived from Outcome (dataset README)",
    [
        new(nameof(CowEnding.WinnerLoser), "winner/loser", true),
        new(nameof(CowEnding.SideAWins), "side A wins", true),
        new(nameof(CowEnding.SideBWins), "side B wins", true),
        new(nameof(CowEnding.Compromise), "compromise", true),
        new(nameof(CowEnding.Stalemate), "stalemate", true),
        new(nameof(CowEnding.Transformed), "transformed", true),
        new(nameof(CowEnding.ContinuesBelowWarLevel), "continues below war level", true),
        new(nameof(CowEnding.Ongoing), "ongoing", true),
    ]);

    /// <summary>The missing-value codes of both COW files: -8 not applicable, -9 unknown.</summary>
    public static Csv.MissingValues Missing { get; } = new("-8", "-9");
}
