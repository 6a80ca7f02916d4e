namespace Parley.Data.Datasets.Cow;

/// <summary>
/// How a Correlates of War war ended, at war level, derived from the participants' Outcome codes
/// (whose meanings the dataset READMEs give).
/// </summary>
public enum CowEnding
{
    /// <summary>Inter-state: at least one participant won and one lost (Outcome 1 or 2).</summary>
    WinnerLoser,

    /// <summary>Intra-state: side A won (Outcome 1).</summary>
    SideAWins,

    /// <summary>Intra-state: side B won (Outcome 2).</summary>
    SideBWins,

    /// <summary>Compromise or tie (Outcome 3).</summary>
    Compromise,

    /// <summary>Stalemate (Outcome 6).</summary>
    Stalemate,

    /// <summary>Transformed into another type of war (Outcome 4).</summary>
    Transformed,

    /// <summary>Fighting continued below the war threshold (Outcome 7).</summary>
    ContinuesBelowWarLevel,

    /// <summary>Still going at the end of the data (Outcome 5).</summary>
    Ongoing,
}
