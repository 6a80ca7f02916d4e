namespace Parley.Humanitarian;

/// <summary>Who runs aid distribution (an issue in the July 2025 talks).</summary>
public enum AidAdministration
{
    /// <summary>UN agencies including UNRWA, with their network of distribution sites.</summary>
    Un,

    /// <summary>The alternative scheme (GHF) with a few large sites.</summary>
    AlternativeScheme,

    /// <summary>Both networks operating.</summary>
    Mixed,
}
