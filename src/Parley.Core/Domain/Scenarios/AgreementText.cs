using System.Collections.Immutable;
using Parley.Domain.Preferences;
using Parley.Domain.Texts;

namespace Parley.Domain.Scenarios;

/// <summary>
/// A named agreement text (e.g. the mediators' framework): numbered clauses bound to issues, each
/// precise, bounded or vague (<see cref="TextClause"/>); phases; exchange schedules; obligations per
/// party; the elements of a ceasefire it settles (monitoring, dispute resolution, ...), its guarantors
/// and its features. A version-1 text is only <see cref="Values"/>: one precise clause per issue
/// named. Issues no clause binds are completed from the issues' stated defaults.
/// </summary>
/// <param name="Name">The text's name.</param>
/// <param name="Values">One value per issue it binds: the value of a precise clause, the reading with the largest weight of a bounded or vague one.</param>
/// <param name="Description">What it is.</param>
public sealed record AgreementText(string Name, ImmutableDictionary<int, int> Values, string? Description = null)
{
    private readonly ImmutableArray<TextClause> _clauses;

    /// <summary>A text of numbered clauses; <see cref="Values"/> is derived from them.</summary>
    public static AgreementText FromClauses(string name, IEnumerable<TextClause> clauses, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var list = clauses.ToImmutableArray();
        var values = ImmutableDictionary.CreateBuilder<int, int>();
        foreach (var c in list.Where(c => c.Issue is not null))
        {
            if (values.ContainsKey(c.Issue!.Value))
            {
                throw new ModelException($"text '{name}': clause {c.Id} binds an issue an earlier clause already binds: give each issue one clause");
            }
            values[c.Issue.Value] = c.ModalValue;
        }
        return new AgreementText(name, values.ToImmutable(), description) { Clauses = list };
    }

    /// <summary>A title to show (<see cref="DisplayTitle"/> falls back to the name).</summary>
    public string? Title { get; init; }

    /// <summary>The title, else the name.</summary>
    public string DisplayTitle => Title ?? Name;

    /// <summary>The date the text was agreed or tabled (ISO, e.g. 2025-01-19), when given.</summary>
    public string? Date { get; init; }

    /// <summary>The id of the source the text is cited from, if any.</summary>
    public string? Source { get; init; }

    /// <summary>The assumption the text as a whole rests on (an illustrative draft, a reading of reports), if stated.</summary>
    public string? Assumption { get; init; }

    /// <summary>The numbered clauses (for a version-1 text: one precise clause per value, numbered in issue order).</summary>
    public ImmutableArray<TextClause> Clauses
    {
        get => _clauses.IsDefault
            ? [.. Values.OrderBy(kv => kv.Key).Select((kv, i) => TextClause.Precise((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), kv.Key, kv.Value))]
            : _clauses;
        init => _clauses = value;
    }

    /// <summary>The phases, in order (empty when the text has none).</summary>
    public ImmutableArray<TextPhase> Phases { get; init; } = [];

    /// <summary>The exchange schedule: who releases whom, how many, in which phase.</summary>
    public ImmutableArray<TextExchange> Exchanges { get; init; } = [];

    /// <summary>What each party undertakes.</summary>
    public ImmutableArray<TextObligation> Obligations { get; init; } = [];

    /// <summary>Who guarantees it.</summary>
    public ImmutableArray<string> Guarantors { get; init; } = [];

    /// <summary>The provisions it makes for the elements of a ceasefire, in its own words, by element.</summary>
    public ImmutableDictionary<CeasefireElement, string> Provisions { get; init; } = ImmutableDictionary<CeasefireElement, string>.Empty;

    /// <summary>The features it states (written, mediated, ...); see <see cref="HazardFeatures"/> for those that count.</summary>
    public TextFeature Features { get; init; }

    /// <summary>
    /// The features that select the breakdown-hazard effects: those stated, plus
    /// <see cref="TextFeature.Guarantee"/> when it names guarantors and <see cref="TextFeature.Monitoring"/>
    /// when it provides for monitoring.
    /// </summary>
    public TextFeature HazardFeatures =>
        Features
        | (Guarantors.IsEmpty ? TextFeature.None : TextFeature.Guarantee)
        | (Provisions.ContainsKey(CeasefireElement.Monitoring) ? TextFeature.Monitoring : TextFeature.None);

    /// <summary>The clause binding <paramref name="issue"/>, or null.</summary>
    public TextClause? ClauseOn(int issue) => Clauses.FirstOrDefault(c => c.Issue == issue);

    /// <summary>The full outcome: this text's values (the modal reading of an open clause), then each issue's default.</summary>
    public Outcome Complete(OutcomeSpace space, IReadOnlyDictionary<int, int> defaults)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(defaults);
        var digits = new int[space.IssueCount];
        var missing = new List<string>();
        for (var i = 0; i < digits.Length; i++)
        {
            if (Values.TryGetValue(i, out var v) || defaults.TryGetValue(i, out v))
            {
                digits[i] = v;
            }
            else
            {
                missing.Add($"'{space.Issues[i].Name}'");
            }
        }
        if (missing.Count > 0)
        {
            throw new ModelException($"text '{Name}' gives no value for {string.Join(", ", missing)} and those issues have no default: add values or defaults");
        }
        return new Outcome(digits.ToImmutableArray());
    }

    /// <summary>The text with clause <paramref name="clauseId"/> fixed at reading <paramref name="value"/>.</summary>
    public AgreementText Clarify(string clauseId, int value)
    {
        var index = Clauses.IndexOf(Clauses.FirstOrDefault(c => c.Id == clauseId) ?? throw new ModelException($"text '{Name}' has no clause {clauseId}"));
        var clarified = FromClauses(Name, Clauses.SetItem(index, Clauses[index].ClarifiedAt(value)), Description);
        return this with { Values = clarified.Values, Clauses = clarified.Clauses };
    }

    /// <summary>
    /// How much each belligerent loses when the other acts on the reading it prefers: see
    /// <see cref="TextReadings.Gap"/>. The war engine adds each side's gap to its temptation to break the ceasefire.
    /// </summary>
    public ReadingGap ReadingGap(PreferenceProfile profileA, PreferenceProfile profileB, IReadOnlyDictionary<int, int> defaults) =>
        TextReadings.Gap(this, profileA, profileB, defaults);
}
