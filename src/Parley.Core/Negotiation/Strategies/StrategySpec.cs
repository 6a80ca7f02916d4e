using Parley.Domain;
using Parley.Negotiation.Protocols;

namespace Parley.Negotiation.Strategies;

/// <summary>A named way to build a strategy for one party of one negotiation.</summary>
public sealed record StrategySpec
{
    /// <summary>Creates the spec.</summary>
    public StrategySpec(string name, Func<PartyContext, Strategy> create)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ModelException("a strategy has an empty name");
        }
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        Create = create;
    }

    /// <summary>The strategy's name as written on the command line.</summary>
    public string Name { get; }

    /// <summary>Builds the strategy from the party's own context.</summary>
    public Func<PartyContext, Strategy> Create { get; }
}
