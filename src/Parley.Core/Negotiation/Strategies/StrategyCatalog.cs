using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Strategies;

/// <summary>The strategies available by name: boulware, linear, conceder, hardheaded, tit-for-tat, aspiration, random.</summary>
public static class StrategyCatalog
{
    private static readonly ImmutableArray<StrategySpec> All =
    [
        new("boulware", c => new TimeDependentStrategy(c, TimeDependentStrategy.Boulware)),
        new("linear", c => new TimeDependentStrategy(c, TimeDependentStrategy.Linear)),
        new("conceder", c => new TimeDependentStrategy(c, TimeDependentStrategy.Conceder)),
        new("hardheaded", c => new TimeDependentStrategy(c, double.PositiveInfinity)),
        new("tit-for-tat", c => new TitForTatStrategy(c)),
        new("aspiration", c => new AspirationStrategy(c)),
        new("random", c => new RandomStrategy(c)),
    ];

    /// <summary>Every name, in catalogue order.</summary>
    public static ImmutableArray<string> Names { get; } = All.Select(s => s.Name).ToImmutableArray();

    /// <summary>The strategy called <paramref name="name"/> (case-insensitive); throws a <see cref="ModelException"/> listing the names otherwise.</summary>
    public static StrategySpec Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        foreach (var s in All)
        {
            if (string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return s;
            }
        }
        throw new ModelException($"unknown strategy '{name}': use one of {string.Join(", ", Names)}");
    }

    /// <summary>Parses a comma-separated list such as "boulware,conceder".</summary>
    public static ImmutableArray<StrategySpec> ParseList(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var parts = list.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(string.IsNullOrEmpty))
        {
            throw new ModelException($"strategy list '{list}' has an empty name: separate names with single commas");
        }
        return parts.Select(Get).ToImmutableArray();
    }
}
