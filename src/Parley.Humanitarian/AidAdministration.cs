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

/// <summary>The keys that name each <see cref="AidAdministration"/> in scenario files and tables.</summary>
public static class AidAdministrationNames
{
    /// <summary>The key of <paramref name="administration"/>: <c>un</c>, <c>alternative</c> or <c>mixed</c>.</summary>
    public static string Key(AidAdministration administration) => administration switch
    {
        AidAdministration.Un => "un",
        AidAdministration.AlternativeScheme => "alternative",
        _ => "mixed",
    };

    /// <summary>The administration named by <paramref name="key"/> (<c>un</c>, <c>alternative</c> or <c>mixed</c>, any case), or null.</summary>
    public static AidAdministration? Parse(string? key) => key?.Trim().ToLowerInvariant() switch
    {
        "un" => AidAdministration.Un,
        "alternative" => AidAdministration.AlternativeScheme,
        "mixed" => AidAdministration.Mixed,
        _ => null,
    };
}
