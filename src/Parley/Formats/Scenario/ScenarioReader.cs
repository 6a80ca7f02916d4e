using System.Collections.Immutable;
using System.Text.Json;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;

namespace Parley.Formats.Scenario;

/// <summary>
/// Reads Parley scenario YAML (version 1): YAML syntax, then the JSON Schema, then the model's own
/// checks (issue names, option values, weights), each failure one <see cref="InputException"/> at the
/// offending line and column.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Reads and validates the scenario in <paramref name="path"/>.</summary>
    public static Domain.Scenarios.Scenario ReadFile(string path) => Read(YamlToJson.ReadFile(path));

    /// <summary>Reads and validates a scenario from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static Domain.Scenarios.Scenario Parse(string yaml, string file) => Read(YamlToJson.Parse(yaml, file));

    /// <summary>Validates and builds a scenario from an already parsed document.</summary>
    public static Domain.Scenarios.Scenario Read(PositionedJson document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ScenarioSchema.Validate(document);
        return new Builder(document).Build();
    }

    private sealed class Builder(PositionedJson doc)
    {
        private readonly JsonElement _root = doc.Root;
        private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
        private readonly List<CitedValue> _cited = [];
        private OutcomeSpace _space = null!;

        public Domain.Scenarios.Scenario Build()
        {
            ReadSources();
            var defaults = ReadIssues();
            var parties = ReadParties();
            var texts = ReadTexts();
            var metadata = _root.GetProperty("metadata");
            return new Domain.Scenarios.Scenario
            {
                Title = metadata.GetProperty("title").GetString()!,
                Description = OptionalString(metadata, "description"),
                File = doc.File,
                Sources = [.. _sources.Values],
                Space = _space,
                Parties = parties,
                Defaults = defaults,
                Texts = texts,
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

        private ImmutableArray<Party> ReadParties()
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
                var role = e.GetProperty("role").GetString() switch
                {
                    "belligerent" => PartyRole.Belligerent,
                    "mediator" => PartyRole.Mediator,
                    "patron" => PartyRole.Patron,
                    _ => PartyRole.Guarantor,
                };
                var profile = e.TryGetProperty("weights", out _) || role == PartyRole.Belligerent
                    ? BuildProfile(e, pointer, name)
                    : null;
                parties.Add(Guard(pointer, () => new Party(name, role, profile, OptionalString(e, "description"))));
            }
            if (parties.Count(p => p.IsSignatory) < 2)
            {
                throw doc.Error("/parties", "a scenario needs at least two belligerents (role: belligerent) whose consent an agreement needs");
            }
            return [.. parties];
        }

        private PreferenceProfile BuildProfile(JsonElement e, string pointer, string name)
        {
            if (!e.TryGetProperty("weights", out var weightsNode))
            {
                throw doc.Error(pointer, $"party '{name}' has no weights: give each issue it cares about a weight");
            }
            var partyCitation = CitationOf(e, pointer);
            var weights = new double[_space.IssueCount];
            foreach (var w in weightsNode.EnumerateObject())
            {
                var wp = $"{pointer}/weights/{PositionedJson.Escape(w.Name)}";
                var issue = Guard(wp, () => _space.RequireIssue(w.Name, $"party '{name}' weights"));
                weights[issue] = Number(w.Value, wp, $"parties/{name}/weights/{w.Name}", partyCitation);
            }
            var functions = new ValueFunction?[_space.IssueCount];
            if (e.TryGetProperty("values", out var valuesNode))
            {
                foreach (var v in valuesNode.EnumerateObject())
                {
                    var vp = $"{pointer}/values/{PositionedJson.Escape(v.Name)}";
                    var issue = Guard(vp, () => _space.RequireIssue(v.Name, $"party '{name}' values"));
                    functions[issue] = Guard(vp, () => BuildValueFunction(v.Value, _space.Issues[issue]));
                }
            }
            var reservation = 0.0;
            if (e.TryGetProperty("reservation", out var r))
            {
                reservation = Number(r, pointer + "/reservation", $"parties/{name}/reservation", partyCitation);
            }
            var redLines = new List<RedLine>();
            if (e.TryGetProperty("red_lines", out var lines))
            {
                var j = 0;
                foreach (var line in lines.EnumerateArray())
                {
                    var lp = $"{pointer}/red_lines/{j++}";
                    CheckCitation(line, lp);
                    redLines.Add(Guard(lp, () => BuildRedLine(line, name)));
                }
            }
            var interactions = new List<InteractionTerm>();
            if (e.TryGetProperty("interactions", out var terms))
            {
                var j = 0;
                foreach (var term in terms.EnumerateArray())
                {
                    var tp = $"{pointer}/interactions/{j++}";
                    CheckCitation(term, tp);
                    interactions.Add(Guard(tp, () => new InteractionTerm(Conditions(term.GetProperty("when"), name), term.GetProperty("value").GetDouble(), OptionalString(term, "note"))));
                }
            }
            double? discount = e.TryGetProperty("discount", out var d) ? d.GetDouble() : null;
            var weightsPointer = pointer + "/weights";
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

        private double Number(JsonElement e, string pointer, string path, Citation? inherited)
        {
            if (e.ValueKind == JsonValueKind.Number)
            {
                var plain = e.GetDouble();
                _cited.Add(new CitedValue(path, plain, inherited));
                return plain;
            }
            CheckCitation(e, pointer);
            var value = e.GetProperty("value").GetDouble();
            _cited.Add(new CitedValue(path, value, CitationOf(e, pointer) ?? inherited));
            return value;
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
