using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Conflict.Scenarios;

namespace Parley.Cli.Infrastructure;

/// <summary>A negotiation domain loaded from a scenario or from GENIUS files.</summary>
/// <param name="Name">A short name for messages and tables.</param>
/// <param name="Space">The outcome space.</param>
/// <param name="PartyNames">The negotiating parties, in order.</param>
/// <param name="Profiles">Their profiles, in the same order.</param>
/// <param name="Scenario">The scenario, when the domain came from one.</param>
public sealed record LoadedDomain(
    string Name,
    OutcomeSpace Space,
    ImmutableArray<string> PartyNames,
    ImmutableArray<PreferenceProfile> Profiles,
    Scenario? Scenario)
{
    /// <summary>The bargaining problem among the parties (with the scenario's war aims, which can empty the range).</summary>
    public BargainingProblem ToProblem() => Scenario?.ToProblem() ?? new(Space, PartyNames, Profiles);
}
