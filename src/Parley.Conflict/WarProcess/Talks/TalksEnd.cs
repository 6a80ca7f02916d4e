namespace Parley.Conflict.WarProcess.Talks;

/// <summary>How an episode of talks in a war ended.</summary>
public enum TalksEnd
{
    /// <summary>Both sides accepted a text: a ceasefire starts, or (talks on the next phase) the text in force is replaced.</summary>
    Agreement,

    /// <summary>Talks on the next phase re-agreed the text in force: nothing changes and those talks end.</summary>
    Reaffirmed,

    /// <summary>A side walked out: talks stay closed for the reopening delay.</summary>
    Walkout,

    /// <summary>An event, or the ground held moving a band under terms tied to it, changed the sides' positions: the episode restarts on them.</summary>
    Restarted,

    /// <summary>An ultimatum was rejected: its one round is over, and the next round opens a new episode.</summary>
    Rejected,

    /// <summary>The ceasefire broke while its next phase was being negotiated.</summary>
    CeasefireBroke,
}
