using System.Collections.Immutable;
using Parley.Analysis;

namespace Parley.Domain.Scenarios;

/// <summary>
/// Everything about one negotiation: metadata, sources, issues (the outcome space), parties with
/// their preferences, stated defaults and named texts. Built by the scenario reader; immutable.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's title.</summary>
    public required string Title { get; init; }

    /// <summary>Optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Where the scenario was read from (for messages), when it came from a file.</summary>
    public string? File { get; init; }

    /// <summary>The sources its numbers cite.</summary>
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <summary>The outcome space.</summary>
    public required OutcomeSpace Space { get; init; }

    /// <summary>The parties.</summary>
    public required ImmutableArray<Party> Parties { get; init; }

    /// <summary>Default value index per issue (issue index to value index), for completing partial texts.</summary>
    public ImmutableDictionary<int, int> Defaults { get; init; } = ImmutableDictionary<int, int>.Empty;

    /// <summary>Named texts such as a mediators' framework.</summary>
    public ImmutableArray<AgreementText> Texts { get; init; } = [];

    /// <summary>Every number in the scenario with its citation, for audits of sourcing.</summary>
    public ImmutableArray<CitedValue> CitedValues { get; init; } = [];

    /// <summary>The parties whose consent an agreement needs (belligerents), in scenario order.</summary>
    public ImmutableArray<Party> Signatories => Parties.Where(p => p.IsSignatory).ToImmutableArray();

    /// <summary>The bargaining problem among the signatories.</summary>
    public BargainingProblem ToProblem()
    {
        var signatories = Signatories;
        return new BargainingProblem(Space, signatories.Select(p => p.Name), signatories.Select(p => p.Profile!));
    }

    /// <summary>The named text, or a <see cref="ModelException"/> listing the known ones.</summary>
    public AgreementText Text(string name) =>
        Texts.FirstOrDefault(t => t.Name == name)
        ?? throw new ModelException($"the scenario has no text named '{name}': use one of {(Texts.IsEmpty ? "(none defined)" : string.Join(", ", Texts.Select(t => $"'{t.Name}'")))}");
}
