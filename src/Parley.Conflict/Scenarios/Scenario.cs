using System.Collections.Immutable;
using Parley.Analysis;
using Parley.Domain;
using Parley.Domain.Scenarios;

namespace Parley.Conflict.Scenarios;

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

    /// <summary>Named hypotheses about the parties (war aims, reservation values...); the first is the default. Empty when the scenario has none.</summary>
    public ImmutableArray<Hypothesis> Hypotheses { get; init; } = [];

    /// <summary>The war's state on the date of each text that states one (<c>situation:</c>), by text name, where a simulation of that text starts.</summary>
    public ImmutableDictionary<string, TextSituation> TextSituations { get; init; } = ImmutableDictionary<string, TextSituation>.Empty;

    /// <summary>The calendar date of day 0 (<c>clock.start</c>), when the scenario gives one.</summary>
    public DateOnly? ClockStart { get; init; }

    /// <summary>The war process between negotiation rounds, when the scenario models one.</summary>
    public Conflict.WarProcess.WarSettings? War { get; init; }

    /// <summary>The map meaning of each option of the withdrawal-line issue, with that issue's index (null when no issue has a map).</summary>
    public (int Issue, ImmutableArray<MapLine> Lines)? Map { get; init; }

    /// <summary>The humanitarian model of the scenario, when it has one.</summary>
    public Humanitarian.HumanitarianScenario? Humanitarian { get; init; }

    /// <summary>Days per negotiation round (the clock), 7 unless stated.</summary>
    public double DaysPerRound { get; init; } = 7;

    /// <summary>Which issues carry the aid terms the humanitarian model reads (none unless the reader binds them).</summary>
    public AidBinding Aid { get; init; } = AidBinding.None;

    /// <summary>Which issue says whether an agreement is permanent, and which of its values are (for the war process).</summary>
    public (int Issue, ImmutableArray<int> PermanentValues)? Permanence { get; init; }

    /// <summary>
    /// Rounds over which the belligerents' time-dependent strategies concede from their best text to
    /// their reservation value, from the opening of the talks (<c>negotiation.patience_rounds</c>);
    /// null: the negotiation's deadline.
    /// </summary>
    public int? NegotiationPatience { get; init; }

    /// <summary>How the belligerents negotiate while fighting: protocol, mediator, strategies, reopening after a walkout.</summary>
    public TalksSettings Talks { get; init; } = new();

    /// <summary>What history did in this case (the <c>observed:</c> section), for backtests; null when the scenario states none.</summary>
    public ObservedOutcome? Observed { get; init; }

    /// <summary>Every number in the scenario with its citation, for audits of sourcing.</summary>
    public ImmutableArray<CitedValue> CitedValues { get; init; } = [];

    /// <summary>What the reader changed or doubted without refusing the file (e.g. weights normalised to sum to 1), one line each with its position.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>How many numbers of the file cite neither a source nor an assumption (0 for scenarios not read from YAML).</summary>
    public int BareNumbers { get; init; }

    /// <summary>The parties whose consent an agreement needs (belligerents), in scenario order.</summary>
    public ImmutableArray<Party> Signatories => Parties.Where(p => p.IsSignatory).ToImmutableArray();

    /// <summary>The bargaining problem among the signatories.</summary>
    public BargainingProblem ToProblem()
    {
        var signatories = Signatories;
        return new BargainingProblem(Space, signatories.Select(p => p.Name), signatories.Select(p => p.Profile!))
        {
            WarAims = signatories.Select(p => p.WarAim).ToImmutableArray(),
        };
    }

    /// <summary>The names of the hypotheses ("base" when the scenario defines none).</summary>
    public ImmutableArray<string> HypothesisNames => Hypotheses.IsEmpty ? ["base"] : Hypotheses.Select(h => h.Name).ToImmutableArray();

    /// <summary>The scenario as hypothesis <paramref name="name"/> has it (its parties replace the default ones, and its war settings when it states them).</summary>
    public Scenario WithHypothesis(string name)
    {
        if (Hypotheses.IsEmpty && name == "base")
        {
            return this;
        }
        var h = Hypotheses.FirstOrDefault(x => x.Name == name)
            ?? throw new ModelException($"the scenario has no hypothesis '{name}': use one of {string.Join(", ", HypothesisNames)}");
        return this with { Parties = h.Parties, War = h.War is { } over && War is not null ? over.Apply(War) : War };
    }

    /// <summary>The parties with an unlimited war aim.</summary>
    public IEnumerable<Party> UnlimitedAims => Parties.Where(p => p.WarAim is { IsUnlimited: true });

    /// <summary>The named text, or a <see cref="ModelException"/> listing the known ones.</summary>
    public AgreementText Text(string name) =>
        Texts.FirstOrDefault(t => t.Name == name)
        ?? throw new ModelException($"the scenario has no text named '{name}': use one of {(Texts.IsEmpty ? "(none defined)" : string.Join(", ", Texts.Select(t => $"'{t.Name}'")))}");
}
