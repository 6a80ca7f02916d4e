using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;

// ScenarioReader, part: the parties, their preference profiles, red lines and the hypotheses that override them.
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
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
                    "ally" => PartyRole.Ally,
                    _ => PartyRole.Guarantor,
                };
                var allyOf = OptionalString(e, "ally_of");
                if (role == PartyRole.Ally)
                {
                    if (allyOf is null)
                    {
                        throw doc.Error(pointer, $"ally '{name}' needs ally_of: the belligerent whose acceptance it can veto");
                    }
                    if (!layer.TryGet("weights", out _, out _))
                    {
                        throw doc.Error(pointer, $"ally '{name}' needs weights and values: its veto weighs texts by its own preferences");
                    }
                }
                else if (allyOf is not null)
                {
                    throw doc.Error(pointer + "/ally_of", $"party '{name}' has ally_of but its role is not ally: set role: ally, or remove ally_of");
                }
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
                parties.Add(Guard(pointer, () => new Party(name, role, profile, OptionalString(e, "description")) { WarAim = aim, AllyOf = allyOf }));
            }
            if (parties.Count(p => p.IsSignatory) < 2)
            {
                throw doc.Error("/parties", "a scenario needs at least two belligerents (role: belligerent) whose consent an agreement needs");
            }
            for (var k = 0; k < parties.Count; k++)
            {
                if (parties[k].AllyOf is { } of && !parties.Any(p => p.Name == of && p.IsSignatory))
                {
                    throw doc.Error($"/parties/{k}/ally_of", $"ally '{parties[k].Name}' is ally_of '{of}', which is not a belligerent: name one of {string.Join(", ", parties.Where(p => p.IsSignatory).Select(p => p.Name))}");
                }
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
                if (reservation > 1)
                {
                    throw doc.Error(rp, $"party '{name}' has reservation {reservation.ToString(System.Globalization.CultureInfo.InvariantCulture)}, above 1: the reservation is on the 0-1 scale of the party's values (1 = its best text), so no text could be accepted; use a value of at most 1");
                }
            }
            Warn(weightsPointer, WeightWarning(weights, name));
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

        private static string? WeightWarning(double[] weights, string name)
        {
            var sum = weights.Sum();
            if (!(sum > 0) || Math.Abs(sum - 1) <= 1e-6)
            {
                return null;
            }
            var text = sum.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
            return $"party '{name}' has weights that sum to {text}, not 1: each is divided by {text} (normalised), as GENIUS does";
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
    }
}
