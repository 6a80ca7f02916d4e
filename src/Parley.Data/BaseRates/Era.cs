namespace Parley.Data.BaseRates;

/// <summary>A period of history used to split base rates, by the year a war or episode ended.</summary>
/// <param name="Name">Display name.</param>
/// <param name="FirstYear">First year in the era.</param>
/// <param name="LastYear">Last year in the era.</param>
public sealed record Era(string Name, int FirstYear, int LastYear)
{
    /// <summary>The eras Parley uses: before 1914, the world wars, the Cold War, after it.</summary>
    public static IReadOnlyList<Era> Standard { get; } =
    [
        new("1816-1913", 1816, 1913),
        new("1914-1945", 1914, 1945),
        new("1946-1989", 1946, 1989),
        new("1990-2020", 1990, 2020),
    ];

    /// <summary>The standard era containing <paramref name="year"/> (years outside them go to the nearest end).</summary>
    public static Era Of(int year) =>
        Standard.FirstOrDefault(e => year >= e.FirstYear && year <= e.LastYear)
        ?? (year < Standard[0].FirstYear ? Standard[0] : Standard[^1]);
}
