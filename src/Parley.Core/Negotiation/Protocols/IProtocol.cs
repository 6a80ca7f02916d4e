using Parley.Negotiation.Strategies;

namespace Parley.Negotiation.Protocols;

/// <summary>A set of rules for who may do what when, and when a negotiation ends.</summary>
public interface IProtocol
{
    /// <summary>The protocol's name ("alternating", "mediated", "ultimatum").</summary>
    string Name { get; }

    /// <summary>
    /// Starts one negotiation on <paramref name="domain"/>, to be played round by round with
    /// <see cref="NegotiationRun.Step"/>: party i is played by the strategy
    /// <paramref name="strategies"/>[i] builds from party i's own context.
    /// </summary>
    NegotiationRun Open(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options);

    /// <summary>Runs one negotiation on <paramref name="domain"/> to its end (see <see cref="Open"/>).</summary>
    NegotiationResult Run(NegotiationDomain domain, IReadOnlyList<StrategySpec> strategies, NegotiationOptions options) =>
        Open(domain, strategies, options).RunToEnd();
}
