using System.Collections.Immutable;
using Parley.Domain;

namespace Parley.Negotiation.Mediation;

/// <summary>The mediators available by name: nash (the default), split.</summary>
public static class MediatorCatalog
{
    private static readonly ImmutableArray<Mediator> All = [new NashMediator(), new SplitTheDifferenceMediator()];

    /// <summary>Every name, default first.</summary>
    public static ImmutableArray<string> Names { get; } = All.Select(m => m.Name).ToImmutableArray();

    /// <summary>The default mediator.</summary>
    public static Mediator Default => All[0];

    /// <summary>The mediator called <paramref name="name"/> (case-insensitive); throws a <see cref="ModelException"/> listing the names otherwise.</summary>
    public static Mediator Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ModelException($"unknown mediator '{name}': use one of {string.Join(", ", Names)}");
    }
}
