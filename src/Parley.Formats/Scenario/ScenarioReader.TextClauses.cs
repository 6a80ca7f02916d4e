using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;

// ScenarioReader, part: the version-2 parts of an agreement text (numbered clauses, phases, exchanges, obligations, provisions, features).
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        private AgreementText ReadClauses(JsonElement t, JsonElement clauses, string pointer, string name)
        {
            if (t.TryGetProperty("values", out _))
            {
                throw doc.Error(pointer + "/values", $"text '{name}' has both values and clauses: write each value as a clause (id, issue, value)");
            }
            var list = new List<TextClause>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var j = 0;
            foreach (var c in clauses.EnumerateArray())
            {
                var cp = $"{pointer}/clauses/{j++}";
                // A clause may cite the source of its wording and state the assumption behind its reading.
                if (c.TryGetProperty("source", out var source) && !_sources.ContainsKey(source.GetString()!))
                {
                    throw doc.Error(cp + "/source", $"source '{source.GetString()}' is not in the sources list: add it there or fix the id");
                }
                var id = ScalarText(c.GetProperty("id"));
                if (!ids.Add(id))
                {
                    throw doc.Error(cp + "/id", $"text '{name}' numbers two clauses {id}: give each clause its own number");
                }
                list.Add(ReadClause(c, cp, name, id) with { Source = OptionalString(c, "source"), Assumption = OptionalString(c, "assumption") });
            }
            return Guard(pointer + "/clauses", () => AgreementText.FromClauses(name, list, OptionalString(t, "description")));
        }

        private TextClause ReadClause(JsonElement c, string cp, string name, string id)
        {
            var wording = OptionalString(c, "text");
            var kinds = new[] { "value", "range", "readings" }.Where(k => c.TryGetProperty(k, out _)).ToArray();
            if (!c.TryGetProperty("issue", out var issueNode))
            {
                return kinds.Length == 0 && wording is not null
                    ? new TextClause(id, null, ClausePrecision.Precise, [], wording)
                    : throw doc.Error(cp, $"clause {id} of text '{name}' binds no issue: give it an issue with a value, range or readings, or only its text");
            }
            if (kinds.Length != 1)
            {
                throw doc.Error(cp, $"clause {id} of text '{name}' needs exactly one of value (precise), range (bounded) or readings (vague)");
            }
            var issue = Guard(cp + "/issue", () => _space.RequireIssue(issueNode.GetString()!, $"text '{name}', clause {id}"));
            int Parse(JsonElement v, string at) => Guard(at, () => _space.Issues[issue].ParseValue(ScalarText(v)));
            switch (kinds[0])
            {
                case "value":
                    return TextClause.Precise(id, issue, Parse(c.GetProperty("value"), cp + "/value"), wording);
                case "range":
                    var bounds = c.GetProperty("range");
                    var low = Parse(bounds[0], cp + "/range/0");
                    var high = Parse(bounds[1], cp + "/range/1");
                    return Guard(cp + "/range", () => TextClause.Bounded(id, issue, low, high, wording));
                default:
                    var readings = new List<ClauseReading>();
                    var k = 0;
                    foreach (var r in c.GetProperty("readings").EnumerateArray())
                    {
                        var rp = $"{cp}/readings/{k++}";
                        var value = Parse(r.GetProperty("value"), rp + "/value");
                        if (readings.Any(x => x.Value == value))
                        {
                            throw doc.Error(rp + "/value", $"clause {id} of text '{name}' lists the reading {ScalarText(r.GetProperty("value"))} twice");
                        }
                        var partyWeights = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
                        if (r.TryGetProperty("party_weights", out var pw))
                        {
                            var parties = _root.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet(StringComparer.Ordinal);
                            foreach (var w in pw.EnumerateObject())
                            {
                                if (!parties.Contains(w.Name))
                                {
                                    throw doc.Error($"{rp}/party_weights/{Yaml.PositionedJson.Escape(w.Name)}", $"'{w.Name}' is not a party of the scenario: use one of {string.Join(", ", parties)}");
                                }
                                partyWeights[w.Name] = w.Value.GetDouble();
                            }
                        }
                        readings.Add(new ClauseReading(value, r.GetProperty("weight").GetDouble()) { PartyWeights = partyWeights.ToImmutable() });
                    }
                    var clause = new TextClause(id, issue, ClausePrecision.Vague, [.. readings], wording);
                    Guard(cp + "/readings", () => clause.Distribution());
                    return clause;
            }
        }

        private AgreementText ReadTextParts(JsonElement t, string pointer, string name, AgreementText text)
        {
            var phases = new List<TextPhase>();
            if (t.TryGetProperty("phases", out var ps))
            {
                var j = 0;
                foreach (var p in ps.EnumerateArray())
                {
                    var pp = $"{pointer}/phases/{j++}";
                    var phaseName = p.GetProperty("name").GetString()!;
                    phases.Add(new TextPhase(
                        phaseName,
                        Days(p, "duration_days", pp, $"texts/{name}/phases/{phaseName}/duration_days"),
                        Days(p, "talks_from_day", pp, $"texts/{name}/phases/{phaseName}/talks_from_day"),
                        OptionalString(p, "trigger"),
                        OptionalString(p, "description")));
                }
            }
            var exchanges = new List<TextExchange>();
            if (t.TryGetProperty("exchanges", out var xs))
            {
                var j = 0;
                foreach (var x in xs.EnumerateArray())
                {
                    var xp = $"{pointer}/exchanges/{j++}";
                    var phase = x.GetProperty("phase").GetString()!;
                    if (phases.All(p => p.Name != phase))
                    {
                        throw doc.Error(xp + "/phase", $"text '{name}' has no phase '{phase}': use one of {(phases.Count == 0 ? "(no phases listed)" : string.Join(", ", phases.Select(p => $"'{p.Name}'")))}");
                    }
                    var releases = x.GetProperty("releases").GetString()!;
                    var released = x.GetProperty("released").GetString()!;
                    exchanges.Add(new TextExchange(phase, releases, released,
                        Days(x, "count", xp, $"texts/{name}/exchanges/{phase}/{releases}/{released}/count"),
                        Days(x, "day", xp, $"texts/{name}/exchanges/{phase}/{releases}/{released}/day"))
                    {
                        Source = x.TryGetProperty("count", out var cn) && cn.ValueKind == JsonValueKind.Object ? OptionalString(cn, "source") : null,
                        Assumption = x.TryGetProperty("count", out var ca) && ca.ValueKind == JsonValueKind.Object ? OptionalString(ca, "assumption") : null,
                    });
                }
            }
            var obligations = t.TryGetProperty("obligations", out var os)
                ? os.EnumerateArray().Select(o => new TextObligation(o.GetProperty("party").GetString()!, o.GetProperty("obligation").GetString()!, OptionalString(o, "phase"))).ToImmutableArray()
                : [];
            var provisions = ImmutableDictionary.CreateBuilder<CeasefireElement, string>();
            if (t.TryGetProperty("provisions", out var pv))
            {
                foreach (var e in pv.EnumerateObject())
                {
                    provisions[CeasefireElements.Parse(e.Name)] = e.Value.GetString()!;
                }
            }
            var features = TextFeature.None;
            if (t.TryGetProperty("features", out var fs))
            {
                foreach (var f in fs.EnumerateArray())
                {
                    features |= TextFeatures.Parse(f.GetString()!);
                }
            }
            return text with
            {
                Title = OptionalString(t, "title"),
                Date = OptionalString(t, "date"),
                Source = OptionalString(t, "source"),
                Assumption = OptionalString(t, "assumption"),
                Phases = [.. phases],
                Exchanges = [.. exchanges],
                Obligations = obligations,
                Guarantors = t.TryGetProperty("guarantors", out var gs) ? [.. gs.EnumerateArray().Select(g => g.GetString()!)] : [],
                Provisions = provisions.ToImmutable(),
                Features = features,
            };
        }

        private int? Days(JsonElement e, string key, string pointer, string path)
        {
            if (!e.TryGetProperty(key, out var node))
            {
                return null;
            }
            var value = Number(node, $"{pointer}/{key}", path, null);
            return value >= 0 && value == Math.Floor(value) && value <= 1_000_000_000
                ? (int)value
                : throw doc.Error($"{pointer}/{key}", string.Create(CultureInfo.InvariantCulture, $"{key} {value} must be a whole number, 0 or more"));
        }
    }
}
