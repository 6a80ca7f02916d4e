namespace Parley.Domain.Texts;

/// <summary>
/// Features of a text that change how long a ceasefire holds, as the ceasefire data codes them
/// (the same kinds as <c>Parley.Data.Priors.CeasefireClause</c>, whose hazard effects are estimated
/// once from ETH/PRIO; <c>Parley.Conflict.Texts.TextHazard</c> maps one onto the other). Combine with |.
/// </summary>
[Flags]
public enum TextFeature
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A written agreement.</summary>
    Written = 1,

    /// <summary>It runs for a fixed time.</summary>
    FixedTime = 2,

    /// <summary>Enforcement by an outside actor.</summary>
    Enforcement = 4,

    /// <summary>Monitoring or an implementation mechanism.</summary>
    Monitoring = 8,

    /// <summary>A buffer (demilitarised) zone.</summary>
    BufferZone = 16,

    /// <summary>A third-party guarantee.</summary>
    Guarantee = 32,

    /// <summary>Mediated.</summary>
    Mediation = 64,
}

/// <summary>The scenario names of <see cref="TextFeature"/>.</summary>
public static class TextFeatures
{
    private static readonly (string Key, TextFeature Feature)[] Names =
    [
        ("written", TextFeature.Written), ("fixed_time", TextFeature.FixedTime), ("enforcement", TextFeature.Enforcement),
        ("monitoring", TextFeature.Monitoring), ("buffer_zone", TextFeature.BufferZone), ("guarantee", TextFeature.Guarantee),
        ("mediation", TextFeature.Mediation),
    ];

    /// <summary>The feature named <paramref name="key"/> (<c>fixed_time</c>).</summary>
    public static TextFeature Parse(string key) =>
        Names.FirstOrDefault(n => n.Key == key) is { Key: not null } found
            ? found.Feature
            : throw new ModelException($"'{key}' is not a text feature: use one of {string.Join(", ", Names.Select(n => n.Key))}");

    /// <summary>The names of the features set in <paramref name="features"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Keys(TextFeature features) =>
        [.. Names.Where(n => (features & n.Feature) != 0).Select(n => n.Key)];
}
