using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;

namespace Parley.Formats.Scenario;

/// <summary>
/// Reads Parley scenario YAML (version 1): YAML syntax, then the JSON Schema, then the model's own
/// checks (issue names, option values, weights), each failure one <see cref="InputException"/> at the
/// offending line and column.
/// </summary>
public static partial class ScenarioReader
{
    /// <summary>Reads and validates the scenario in <paramref name="path"/>.</summary>
    public static Conflict.Scenarios.Scenario ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "file not found: check the path");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads and validates the scenario in <paramref name="path"/> with <paramref name="overrides"/> applied.</summary>
    public static Conflict.Scenarios.Scenario ReadFile(string path, IReadOnlyList<Overrides.ScenarioOverride> overrides)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "file not found: check the path");
        }
        return Parse(File.ReadAllText(path), path, overrides);
    }

    /// <summary>Reads and validates a scenario from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static Conflict.Scenarios.Scenario Parse(string yaml, string file) => Parse(yaml, file, []);

    /// <summary>Reads and validates a scenario from YAML text with <paramref name="overrides"/> applied to its values (<see cref="Overrides.ScenarioOverrides"/>).</summary>
    public static Conflict.Scenarios.Scenario Parse(string yaml, string file, IReadOnlyList<Overrides.ScenarioOverride> overrides)
    {
        var document = Overrides.ScenarioOverrides.Apply(YamlToJson.Parse(yaml, file), overrides);
        var scenario = Read(document);
        if (!document.Root.TryGetProperty("humanitarian", out _))
        {
            return scenario;
        }
        // The humanitarian section is read from the same document, section by section.
        return scenario with { Humanitarian = Humanitarian.HumanitarianYaml.Read(document) };
    }

    /// <summary>Validates and builds a scenario from an already parsed document.</summary>
    public static Conflict.Scenarios.Scenario Read(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ScenarioSchema.Validate(document);
        return new Builder(document).Build();
    }

    private sealed partial class Builder(PositionedJson doc)
    {
        private readonly JsonElement _root = doc.Root;
        private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
        private readonly List<CitedValue> _cited = [];
        private OutcomeSpace _space = null!;

        public Conflict.Scenarios.Scenario Build()
        {
            ReadSources();
            var defaults = ReadIssues();
            var parties = ReadParties();
            var hypotheses = ReadHypotheses();
            if (!hypotheses.IsEmpty)
            {
                parties = hypotheses[0].Parties;
            }
            var texts = ReadTexts();
            var daysPerRound = _root.TryGetProperty("clock", out var clock) && clock.TryGetProperty("days_per_round", out var dpr)
                ? Number(dpr, "/clock/days_per_round", "clock/days_per_round", null)
                : 7.0;
            var baseWar = ReadWar(parties, daysPerRound);
            hypotheses = WithWarOverrides(hypotheses, parties, daysPerRound, baseWar);
            var metadata = _root.GetProperty("metadata");
            return new Conflict.Scenarios.Scenario
            {
                Title = metadata.GetProperty("title").GetString()!,
                Description = OptionalString(metadata, "description"),
                File = doc.File,
                Sources = [.. _sources.Values],
                Space = _space,
                Parties = parties,
                Defaults = defaults,
                Texts = texts,
                Hypotheses = hypotheses,
                War = baseWar is not null && !hypotheses.IsEmpty && hypotheses[0].War is { } over ? over.Apply(baseWar) : baseWar,
                DaysPerRound = daysPerRound,
                Aid = AidBindingRules.FromIssueNames(_space),
                Permanence = ReadPermanence(),
                NegotiationPatience = ReadPatience(),
                Map = ReadMap(),
                Observed = ReadObserved(),
                CitedValues = [.. _cited],
            };
        }

        private void ReadSources()
        {
            if (!_root.TryGetProperty("sources", out var sources))
            {
                return;
            }
            var i = 0;
            foreach (var s in sources.EnumerateArray())
            {
                var pointer = $"/sources/{i++}";
                var id = s.GetProperty("id").GetString()!;
                if (_sources.ContainsKey(id))
                {
                    throw doc.Error(pointer + "/id", $"source id '{id}' is used twice: give each source its own id");
                }
                _sources[id] = Guard(pointer, () => new Source(id, s.GetProperty("title").GetString()!)
                {
                    Kind = OptionalString(s, "kind"),
                    Publisher = OptionalString(s, "publisher"),
                    Url = OptionalString(s, "url"),
                    Date = OptionalString(s, "date"),
                    Quote = OptionalString(s, "quote"),
                    Notes = OptionalString(s, "notes"),
                });
            }
        }

        private ImmutableDictionary<int, int> ReadIssues()
        {
            var issues = new List<Issue>();
            var i = 0;
            foreach (var e in _root.GetProperty("issues").EnumerateArray())
            {
                var pointer = $"/issues/{i++}";
                CheckCitation(e, pointer);
                issues.Add(Guard(pointer, () => BuildIssue(e)));
            }
            _space = Guard("/issues", () => new OutcomeSpace(issues));
            var defaults = ImmutableDictionary.CreateBuilder<int, int>();
            i = 0;
            foreach (var e in _root.GetProperty("issues").EnumerateArray())
            {
                if (e.TryGetProperty("default", out var d))
                {
                    var pointer = $"/issues/{i}/default";
                    defaults[i] = Guard(pointer, () => _space.Issues[i].ParseValue(ScalarText(d)));
                }
                i++;
            }
            return defaults.ToImmutable();
        }

        private static Issue BuildIssue(JsonElement e)
        {
            var name = e.GetProperty("name").GetString()!;
            var unit = OptionalString(e, "unit");
            Issue issue = e.GetProperty("type").GetString() switch
            {
                "discrete" => new DiscreteIssue(name, e.GetProperty("options").EnumerateArray().Select(ScalarText)),
                "integer" => new IntegerIssue(name, WholeNumber(e, "min", name), WholeNumber(e, "max", name), e.TryGetProperty("step", out _) ? WholeNumber(e, "step", name) : 1),
                "continuous" => new ContinuousIssue(name, e.GetProperty("min").GetDouble(), e.GetProperty("max").GetDouble(), e.GetProperty("step").GetDouble()),
                _ => new BooleanIssue(name),
            };
            return issue with { Unit = unit };
        }

        private static long WholeNumber(JsonElement e, string key, string issue)
        {
            var v = e.GetProperty(key).GetDouble();
            if (v != Math.Floor(v) || Math.Abs(v) > 1e15)
            {
                throw new ModelException($"integer issue '{issue}' has {key} {v}: use a whole number, or make the issue continuous");
            }
            return (long)v;
        }

        private ImmutableArray<Party> ReadParties() => BuildParties(null, null);

        private ImmutableArray<Hypothesis> ReadHypotheses()
        {
            if (!_root.TryGetProperty("hypotheses", out var list))
            {
                return [];
            }
            var result = new List<Hypothesis>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var partyNames = _root.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
            var i = 0;
            foreach (var h in list.EnumerateArray())
            {
                var pointer = $"/hypotheses/{i++}";
                CheckCitation(h, pointer);
                var name = h.GetProperty("name").GetString()!;
                if (!names.Add(name))
                {
                    throw doc.Error(pointer + "/name", $"hypothesis '{name}' is defined twice: give each its own name");
                }
                JsonElement? overrides = h.TryGetProperty("parties", out var o) ? o : null;
                if (overrides is { } ov)
                {
                    foreach (var p in ov.EnumerateObject())
                    {
                        if (!partyNames.Contains(p.Name))
                        {
                            throw doc.Error($"{pointer}/parties/{PositionedJson.Escape(p.Name)}", $"hypothesis '{name}' names party '{p.Name}', which the scenario lacks: use one of {string.Join(", ", partyNames)}");
                        }
                    }
                }
                result.Add(new Hypothesis(name, OptionalString(h, "description"), BuildParties(overrides, pointer + "/parties")));
            }
            return [.. result];
        }

        private ImmutableArray<Party> BuildParties(JsonElement? overrides, string? overridePointer)
        {
            var parties = new List<Party>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var e in _root.GetProperty("parties").EnumerateArray())
            {
                var pointer = $"/parties/{i++}";
                var name = e.GetProperty("name").GetString()!;
                if (!names.Add(name))
                {
                    throw doc.Error(pointer + "/name", $"party '{name}' is defined twice: party names must be distinct");
                }
                CheckCitation(e, pointer);
                var layer = new Layer(e, pointer);
                if (overrides is { } ov && ov.TryGetProperty(name, out var over))
                {
                    var op = $"{overridePointer}/{PositionedJson.Escape(name)}";
                    CheckCitation(over, op);
                    layer = layer with { Over = over, OverPointer = op };
                }
                var role = e.GetProperty("role").GetString() switch
                {
                    "belligerent" => PartyRole.Belligerent,
                    "mediator" => PartyRole.Mediator,
                    "patron" => PartyRole.Patron,
                    _ => PartyRole.Guarantor,
                };
                var profile = layer.TryGet("weights", out _, out _) || role == PartyRole.Belligerent
                    ? BuildProfile(layer, name, overridePointer is null)
                    : null;
                WarAim? aim = null;
                if (layer.TryGet("war_aim", out var aimNode, out var aimPointer))
                {
                    CheckCitation(aimNode, aimPointer);
                    aim = Guard(aimPointer, () => new WarAim(
                        aimNode.GetProperty("kind").GetString() == "unlimited" ? WarAimKind.Unlimited : WarAimKind.Limited,
                        aimNode.GetProperty("goal").GetString()!,
                        OptionalString(aimNode, "description")));
                }
                parties.Add(Guard(pointer, () => new Party(name, role, profile, OptionalString(e, "description")) { WarAim = aim }));
            }
            if (parties.Count(p => p.IsSignatory) < 2)
            {
                throw doc.Error("/parties", "a scenario needs at least two belligerents (role: belligerent) whose consent an agreement needs");
            }
            return [.. parties];
        }

        /// <summary>A party's keys, with a hypothesis's overrides taking precedence.</summary>
        private readonly record struct Layer(JsonElement Base, string BasePointer)
        {
            public JsonElement? Over { get; init; }

            public string? OverPointer { get; init; }

            public bool TryGet(string key, out JsonElement value, out string pointer)
            {
                if (Over is { } o && o.TryGetProperty(key, out value))
                {
                    pointer = $"{OverPointer}/{key}";
                    return true;
                }
                pointer = $"{BasePointer}/{key}";
                return Base.TryGetProperty(key, out value);
            }
        }

        private PreferenceProfile BuildProfile(Layer layer, string name, bool record)
        {
            var pointer = layer.BasePointer;
            if (!layer.TryGet("weights", out var weightsNode, out var weightsPointer))
            {
                throw doc.Error(pointer, $"party '{name}' has no weights: give each issue it cares about a weight");
            }
            var partyCitation = CitationOf(layer.Base, pointer);
            var weights = new double[_space.IssueCount];
            foreach (var w in weightsNode.EnumerateObject())
            {
                var wp = $"{weightsPointer}/{PositionedJson.Escape(w.Name)}";
                var issue = Guard(wp, () => _space.RequireIssue(w.Name, $"party '{name}' weights"));
                weights[issue] = Number(w.Value, wp, $"parties/{name}/weights/{w.Name}", partyCitation, record);
            }
            var functions = new ValueFunction?[_space.IssueCount];
            foreach (var source in new[] { layer.Base, layer.Over ?? default })
            {
                if (source.ValueKind != JsonValueKind.Object || !source.TryGetProperty("values", out var valuesNode))
                {
                    continue;
                }
                var basePointer = source.Equals(layer.Base) ? pointer : layer.OverPointer;
                foreach (var v in valuesNode.EnumerateObject())
                {
                    var vp = $"{basePointer}/values/{PositionedJson.Escape(v.Name)}";
                    var issue = Guard(vp, () => _space.RequireIssue(v.Name, $"party '{name}' values"));
                    functions[issue] = Guard(vp, () => BuildValueFunction(v.Value, _space.Issues[issue]));
                }
            }
            var reservation = 0.0;
            if (layer.TryGet("reservation", out var r, out var rp))
            {
                reservation = Number(r, rp, $"parties/{name}/reservation", partyCitation, record);
            }
            var redLines = new List<RedLine>();
            if (layer.TryGet("red_lines", out var lines, out var lp0))
            {
                var j = 0;
                foreach (var line in lines.EnumerateArray())
                {
                    var lp = $"{lp0}/{j++}";
                    CheckCitation(line, lp);
                    redLines.Add(Guard(lp, () => BuildRedLine(line, name)));
                }
            }
            var interactions = new List<InteractionTerm>();
            if (layer.TryGet("interactions", out var terms, out var tp0))
            {
                var j = 0;
                foreach (var term in terms.EnumerateArray())
                {
                    var tp = $"{tp0}/{j++}";
                    CheckCitation(term, tp);
                    interactions.Add(Guard(tp, () => new InteractionTerm(Conditions(term.GetProperty("when"), name), term.GetProperty("value").GetDouble(), OptionalString(term, "note"))));
                }
            }
            double? discount = layer.Base.TryGetProperty("discount", out var d) ? d.GetDouble() : null;
            return Guard(weightsPointer, () => new PreferenceProfile(_space, weights, functions, reservation, redLines, interactions, discount, name));
        }

        private static ValueFunction BuildValueFunction(JsonElement e, Issue issue)
        {
            var kinds = new[] { "table", "linear", "piecewise", "steps" }.Where(k => e.TryGetProperty(k, out _)).ToList();
            if (kinds.Count != 1)
            {
                throw new ModelException($"the value function for '{issue.Name}' must have exactly one of table, linear, piecewise, steps (it has {(kinds.Count == 0 ? "none" : string.Join(", ", kinds))})");
            }
            switch (kinds[0])
            {
                case "table":
                    return new TableValueFunction(e.GetProperty("table").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetDouble())));
                case "linear":
                    var lin = e.GetProperty("linear");
                    if (lin.TryGetProperty("worst", out var worst) && lin.TryGetProperty("best", out var best))
                    {
                        return LinearValueFunction.Through(worst.GetDouble(), best.GetDouble());
                    }
                    if (lin.TryGetProperty("slope", out var slope))
                    {
                        return new LinearValueFunction(slope.GetDouble(), lin.TryGetProperty("intercept", out var c) ? c.GetDouble() : 0.0);
                    }
                    throw new ModelException($"the linear value function for '{issue.Name}' needs worst and best, or slope (and intercept)");
                case "piecewise":
                    return new PiecewiseLinearValueFunction(Pairs(e.GetProperty("piecewise")));
                default:
                    return new StepValueFunction(Pairs(e.GetProperty("steps")), e.TryGetProperty("below", out var below) ? below.GetDouble() : 0.0);
            }
        }

        private static IEnumerable<(double, double)> Pairs(JsonElement array) =>
            array.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();

        private RedLine BuildRedLine(JsonElement e, string party)
        {
            var note = OptionalString(e, "note");
            if (e.TryGetProperty("when", out var when))
            {
                var conditions = Conditions(when, party);
                return new CombinationRedLine(conditions, note ?? "refuses " + string.Join(" with ", when.EnumerateObject().Select(p => $"{p.Name} = {ScalarOrList(p.Value)}")));
            }
            var issueName = e.GetProperty("issue").GetString()!;
            var issueIndex = _space.RequireIssue(issueName, $"a red line of party '{party}'");
            var issue = _space.Issues[issueIndex];
            var allowed = Enumerable.Range(0, issue.ValueCount).ToHashSet();
            var parts = new List<string>();
            if (e.TryGetProperty("allow", out var allow))
            {
                var keep = allow.EnumerateArray().Select(v => issue.ParseValue(ScalarText(v))).ToHashSet();
                allowed.IntersectWith(keep);
                parts.Add("only " + string.Join(", ", allow.EnumerateArray().Select(ScalarText)));
            }
            if (e.TryGetProperty("forbid", out var forbid))
            {
                foreach (var v in forbid.EnumerateArray())
                {
                    allowed.Remove(issue.ParseValue(ScalarText(v)));
                }
                parts.Add("not " + string.Join(", ", forbid.EnumerateArray().Select(ScalarText)));
            }
            if (e.TryGetProperty("min", out var min) || e.TryGetProperty("max", out _))
            {
                if (!issue.IsNumeric)
                {
                    throw new ModelException($"a red line with min/max needs a numeric issue, but '{issue.Name}' has named options: use allow or forbid");
                }
            }
            if (e.TryGetProperty("min", out min))
            {
                var m = min.GetDouble();
                allowed.RemoveWhere(v => issue.NumericValue(v) < m);
                parts.Add($"at least {min.GetRawText()}");
            }
            if (e.TryGetProperty("max", out var max))
            {
                var m = max.GetDouble();
                allowed.RemoveWhere(v => issue.NumericValue(v) > m);
                parts.Add($"at most {max.GetRawText()}");
            }
            if (parts.Count == 0)
            {
                throw new ModelException($"the red line on '{issue.Name}' says nothing: give allow, forbid, min or max");
            }
            return new IssueRedLine(_space, issueIndex, allowed, note ?? $"{issue.Name}: {string.Join(", ", parts)}");
        }

        private List<IssueCondition> Conditions(JsonElement when, string party)
        {
            var list = new List<IssueCondition>();
            foreach (var p in when.EnumerateObject())
            {
                var issueIndex = _space.RequireIssue(p.Name, $"a condition of party '{party}'");
                var issue = _space.Issues[issueIndex];
                var values = p.Value.ValueKind == JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(v => issue.ParseValue(ScalarText(v))).ToList()
                    : [issue.ParseValue(ScalarText(p.Value))];
                list.Add(new IssueCondition(_space, issueIndex, values));
            }
            return list;
        }

        private ImmutableArray<AgreementText> ReadTexts()
        {
            if (!_root.TryGetProperty("texts", out var texts))
            {
                return [];
            }
            var list = new List<AgreementText>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var t in texts.EnumerateArray())
            {
                var pointer = $"/texts/{i++}";
                CheckCitation(t, pointer);
                var name = t.GetProperty("name").GetString()!;
                if (!names.Add(name))
                {
                    throw doc.Error(pointer + "/name", $"text '{name}' is defined twice: give each text its own name");
                }
                var values = ImmutableDictionary.CreateBuilder<int, int>();
                foreach (var v in t.GetProperty("values").EnumerateObject())
                {
                    var vp = $"{pointer}/values/{PositionedJson.Escape(v.Name)}";
                    var issue = Guard(vp, () => _space.RequireIssue(v.Name, $"text '{name}'"));
                    values[issue] = Guard(vp, () => _space.Issues[issue].ParseValue(ScalarText(v.Value)));
                }
                list.Add(new AgreementText(name, values.ToImmutable(), OptionalString(t, "description")));
            }
            return [.. list];
        }

        private double Number(JsonElement e, string pointer, string path, Citation? inherited, bool record = true)
        {
            if (e.ValueKind == JsonValueKind.Number)
            {
                var plain = e.GetDouble();
                if (record && !_auditOff)
                {
                    _cited.Add(new CitedValue(path, plain, inherited));
                }
                return plain;
            }
            CheckCitation(e, pointer);
            var value = e.GetProperty("value").GetDouble();
            if (record && !_auditOff)
            {
                _cited.Add(new CitedValue(path, value, CitationOf(e, pointer) ?? inherited));
            }
            return value;
        }

        private UncertainRate Rate(JsonElement e, string pointer, string path)
        {
            var mean = Number(e, pointer, path, null);
            var sd = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("sd", out var s) ? s.GetDouble() : 0.0;
            return Guard(pointer, () => new UncertainRate(mean, sd));
        }

        private WarSettings? ReadWar(ImmutableArray<Party> parties, double daysPerRound, JsonElement? merged = null)
        {
            var war = merged ?? default;
            if (merged is null && !_root.TryGetProperty("war", out war))
            {
                return _root.TryGetProperty("events", out _) ? throw doc.Error("/events", "events change the war process: add a war section, or remove them") : null;
            }
            const string P = "/war";
            double Get(JsonElement node, string pointer, string key, double fallback) =>
                node.TryGetProperty(key, out var v) ? Number(v, $"{pointer}/{key}", $"{pointer.TrimStart('/')}/{key}", null) : fallback;

            var belligerents = parties.Where(p => p.IsSignatory).Select(p => p.Name).ToList();
            var sides = new List<SideSettings>();
            var discount = Get(war, P, "discount_per_round", 1);
            foreach (var side in war.GetProperty("sides").EnumerateObject())
            {
                var sp = $"{P}/sides/{PositionedJson.Escape(side.Name)}";
                if (!belligerents.Contains(side.Name))
                {
                    throw doc.Error(sp, $"war side '{side.Name}' is not a belligerent of the scenario: use {string.Join(" and ", belligerents)}");
                }
                var n = side.Value;
                double wins = 1, losses = 1;
                if (n.TryGetProperty("prior", out var prior))
                {
                    CheckCitation(prior, sp + "/prior");
                    wins = prior.GetProperty("wins").GetDouble();
                    losses = prior.GetProperty("losses").GetDouble();
                }
                UncertainRate R(string key) => n.TryGetProperty(key, out var v) ? Rate(v, $"{sp}/{key}", $"war/sides/{side.Name}/{key}") : UncertainRate.Zero;
                sides.Add(new SideSettings
                {
                    Party = side.Name,
                    PriorWins = wins,
                    PriorLosses = losses,
                    VictoryControl = Get(n, sp, "victory_control", 0.95),
                    CostTolerance = Get(n, sp, "cost_tolerance", 1),
                    DiscountPerRound = Get(n, sp, "discount_per_round", discount),
                    UtilityCostPerDay = R("utility_cost_per_day"),
                    CombatantDeathsPerDay = R("combatant_deaths_per_day"),
                    CivilianDeathsPerDay = R("civilian_deaths_per_day"),
                    MaterialCostPerDay = R("material_cost_per_day"),
                    HumanitarianCostWeight = Get(n, sp, "humanitarian_cost_weight", 0),
                    ResumeTemptation = Get(n, sp, "resume_temptation", 0),
                    DomesticPressurePerDay = Get(n, sp, "domestic_pressure_per_day", 0),
                    TemptationAfterExchanges = Get(n, sp, "temptation_after_exchanges", 0),
                });
            }
            // First belligerent first.
            sides = sides.OrderBy(s => belligerents.IndexOf(s.Party)).ToList();
            var ceasefire = new CeasefireSettings();
            if (war.TryGetProperty("ceasefire", out var cf))
            {
                const string C = P + "/ceasefire";
                string? dataset = null, filter = null, curve = null;
                var exclude = new List<string>();
                (double, double)? fallback = null;
                var hazard = ceasefire.BaseHazardPerDay;
                if (cf.TryGetProperty("base_hazard_per_day", out var h))
                {
                    if (h.ValueKind == JsonValueKind.Object && h.TryGetProperty("from_data", out var fd))
                    {
                        const string F = C + "/base_hazard_per_day/from_data";
                        dataset = fd.GetProperty("dataset").GetString();
                        filter = OptionalString(fd, "filter");
                        curve = OptionalString(fd, "curve");
                        if (fd.TryGetProperty("exclude", out var ex))
                        {
                            exclude.AddRange(ex.ValueKind == JsonValueKind.Array ? ex.EnumerateArray().Select(e => e.GetString()!) : [ex.GetString()!]);
                        }
                        if (fd.TryGetProperty("fallback", out var fb))
                        {
                            fallback = (Get(fb, F + "/fallback", "shape", 1), Get(fb, F + "/fallback", "scale", 1));
                        }
                        hazard = Get(fd, F, "fallback_constant", hazard);
                    }
                    else
                    {
                        hazard = Number(h, C + "/base_hazard_per_day", "war/ceasefire/base_hazard_per_day", null);
                    }
                }
                var guarantee = Get(cf, C, "guarantee_reduction", 0);
                ceasefire = new CeasefireSettings
                {
                    PhaseDays = Get(cf, C, "phase_days", ceasefire.PhaseDays),
                    TalksFromDay = Get(cf, C, "talks_from_day", ceasefire.TalksFromDay),
                    ExchangesCompleteDay = Get(cf, C, "exchanges_complete_day", ceasefire.ExchangesCompleteDay),
                    GuaranteeReduction = guarantee,
                    BaseHazardPerDay = hazard,
                    HazardSource = dataset is null ? "stated in the scenario" : $"from data: {dataset}" + (filter is null ? "" : $" [{filter}]"),
                    HazardDataset = dataset,
                    HazardFilter = filter,
                    HazardExclude = exclude,
                    HazardCurve = curve ?? ceasefire.HazardCurve,
                    FallbackWeibull = fallback,
                    Clauses = CeasefireClauses.Read(cf, guarantee),
                    TemptationBeta = Get(cf, C, "temptation_beta", ceasefire.TemptationBeta),
                    TemptationHazardPerDay = Get(cf, C, "temptation_hazard_per_day", ceasefire.TemptationHazardPerDay),
                };
                if (dataset is not null)
                {
                    // Until the host resolves it from the data folder (Parley.Application.HazardFromData).
                    ceasefire = ceasefire.WithStatedFallback($"the data for '{dataset}' has not been read");
                }
            }
            var settings = new WarSettings
            {
                DaysPerRound = Get(war, P, "days_per_round", daysPerRound),
                HorizonDays = Get(war, P, "horizon_days", 730),
                BattlesPerRound = war.TryGetProperty("battles_per_round", out var bpr) ? bpr.GetInt32() : 1,
                BattleWinProbability = Get(war, P, "battle_win_probability", 0.5),
                PowerShiftPerRound = Get(war, P, "power_shift_per_round", 0),
                InitialControl = Get(war, P, "initial_control", 0.5),
                ControlStepPerBattle = Get(war, P, "control_step", 0.02),
                OfferInformationWeight = Get(war, P, "offer_information_weight", 0.5),
                OpponentTypeSpread = Get(war, P, "opponent_type_spread", 0.1),
                FirstMover = ReadFirstMover(war, sides),
                PowerSchedule = ReadPowerSchedule(war),
                Events = ReadEvents(sides),
                Sides = [.. sides],
                Ceasefire = ceasefire,
            };
            Guard(P, () =>
            {
                settings.Validate();
                return 0;
            });
            return settings;
        }

        private int? ReadFirstMover(JsonElement war, List<SideSettings> sides)
        {
            if (!war.TryGetProperty("first_mover", out var first) || first.ValueKind != JsonValueKind.String || first.GetString() is not { } name || name == "random")
            {
                return null;
            }
            var index = sides.FindIndex(s => s.Party == name);
            return index >= 0 ? index : throw doc.Error("/war/first_mover", $"first_mover '{name}' is not a war side: name {string.Join(" or ", sides.Select(s => s.Party))}, or 'random'");
        }

        private (int Issue, ImmutableArray<MapLine> Lines)? ReadMap()
        {
            var i = 0;
            foreach (var e in _root.GetProperty("issues").EnumerateArray())
            {
                var index = i++;
                if (!e.TryGetProperty("map", out var map))
                {
                    continue;
                }
                var issue = _space.Issues[index];
                var lines = new List<MapLine>();
                foreach (var option in map.EnumerateObject())
                {
                    var mp = $"/issues/{index}/map/{PositionedJson.Escape(option.Name)}";
                    Guard(mp, () => issue.ParseValue(option.Name));
                    CheckCitation(option.Value, mp);
                    var v = option.Value;
                    double? buffer = v.TryGetProperty("buffer_m", out var b) ? b.GetDouble() : null;
                    var kinds = (buffer is null ? 0 : 1) + (v.TryGetProperty("zone", out _) ? 1 : 0) + (v.TryGetProperty("geojson", out _) ? 1 : 0);
                    if (kinds != 1)
                    {
                        throw doc.Error(mp, $"map option '{option.Name}' needs exactly one of buffer_m, zone or geojson");
                    }
                    lines.Add(new MapLine(option.Name, buffer, OptionalString(v, "zone"), OptionalString(v, "geojson"), OptionalString(v, "label"), OptionalString(v, "source")));
                }
                return (index, [.. lines]);
            }
            return null;
        }

        private int? ReadPatience()
        {
            if (!_root.TryGetProperty("negotiation", out var n) || !n.TryGetProperty("patience_rounds", out var node))
            {
                return null;
            }
            var value = Number(node, "/negotiation/patience_rounds", "negotiation/patience_rounds", null);
            return value >= 1 && value == Math.Floor(value) && value <= 100_000
                ? (int)value
                : throw doc.Error("/negotiation/patience_rounds", $"patience_rounds {value} must be a whole number of rounds, at least 1");
        }

        private (int Issue, ImmutableArray<int> PermanentValues)? ReadPermanence()
        {
            if (!_root.TryGetProperty("negotiation", out var n) || !n.TryGetProperty("permanence_issue", out var issueNode))
            {
                return null;
            }
            const string P = "/negotiation";
            var issue = Guard(P + "/permanence_issue", () => _space.RequireIssue(issueNode.GetString()!, "negotiation.permanence_issue"));
            var values = n.TryGetProperty("permanent_values", out var pv)
                ? pv.EnumerateArray().Select(v => Guard(P + "/permanent_values", () => _space.Issues[issue].ParseValue(ScalarText(v)))).ToImmutableArray()
                : ImmutableArray<int>.Empty;
            return (issue, values);
        }

        private Citation? CitationOf(JsonElement e, string pointer)
        {
            CheckCitation(e, pointer);
            if (e.TryGetProperty("source", out var s))
            {
                return Citation.Of(s.GetString()!);
            }
            return e.TryGetProperty("assumption", out var a) ? Citation.Assumed(a.GetString()!) : null;
        }

        private void CheckCitation(JsonElement e, string pointer)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                return;
            }
            if (e.TryGetProperty("source", out var s) && e.TryGetProperty("assumption", out _))
            {
                throw doc.Error(pointer + "/source", "give either a source or an assumption, not both");
            }
            if (s.ValueKind == JsonValueKind.String && !_sources.ContainsKey(s.GetString()!))
            {
                var known = _sources.Count == 0 ? "the scenario lists no sources" : "known: " + string.Join(", ", _sources.Keys);
                throw doc.Error(pointer + "/source", $"source '{s.GetString()}' is not in the sources list ({known}): add it there or fix the id");
            }
        }

        private T Guard<T>(string pointer, Func<T> build)
        {
            try
            {
                return build();
            }
            catch (ModelException ex)
            {
                throw doc.Error(pointer, ex.Message);
            }
        }

        private static string? OptionalString(JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string ScalarText(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => e.GetRawText(),
        };

        private static string ScalarOrList(JsonElement e) =>
            e.ValueKind == JsonValueKind.Array ? string.Join("/", e.EnumerateArray().Select(ScalarText)) : ScalarText(e);
    }
}
