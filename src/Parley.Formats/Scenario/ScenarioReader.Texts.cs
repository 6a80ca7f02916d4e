using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;

// ScenarioReader, part: the agreement texts, the map lines bound to an issue, the talks' patience and the permanence issue.
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
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
                var text = t.TryGetProperty("clauses", out var clauses)
                    ? ReadClauses(t, clauses, pointer, name)
                    : new AgreementText(name, ReadValues(t.GetProperty("values"), pointer, name), OptionalString(t, "description"));
                list.Add(ReadTextParts(t, pointer, name, text));
                if (t.TryGetProperty("situation", out var situation))
                {
                    _situations[name] = ReadSituation(situation, pointer + "/situation", name);
                }
            }
            return [.. list];
        }

        /// <summary>A text's <c>situation:</c>, the war's state on its date (each number cited as every other).</summary>
        private Conflict.Scenarios.TextSituation ReadSituation(JsonElement s, string pointer, string name)
        {
            double? control = s.TryGetProperty("initial_control", out var c) ? Number(c, pointer + "/initial_control", $"texts/{name}/situation/initial_control", null) : null;
            if (control is { } v && !(v > 0 && v < 1))
            {
                throw doc.Error(pointer + "/initial_control", $"initial_control {v} is a share of the contested territory: give a number between 0 and 1");
            }
            Parley.Humanitarian.SourcedNumber? trucks = null;
            if (s.TryGetProperty("trucks_without_agreement", out var t))
            {
                var value = Number(t, pointer + "/trucks_without_agreement", $"texts/{name}/situation/trucks_without_agreement", null);
                if (!(value >= 0))
                {
                    throw doc.Error(pointer + "/trucks_without_agreement", $"trucks_without_agreement {value} must be 0 or more");
                }
                trucks = t.ValueKind == JsonValueKind.Object
                    ? Guard(pointer + "/trucks_without_agreement", () => new Parley.Humanitarian.SourcedNumber(value, OptionalString(t, "source"), OptionalString(t, "quote"), OptionalString(t, "assumption")))
                    : throw doc.Error(pointer + "/trucks_without_agreement", "cite the number: { value: N, source: ID, quote: ... } or { value: N, assumption: ... }");
            }
            Parley.Humanitarian.AidAdministration? administration = null;
            if (s.TryGetProperty("administration", out var a))
            {
                administration = Parley.Humanitarian.AidAdministrationNames.Parse(a.GetString())
                    ?? throw doc.Error(pointer + "/administration", "administration must be un, alternative or mixed");
            }
            DateOnly? collapsed = null;
            Domain.Scenarios.Citation? collapsedCitation = null;
            if (s.TryGetProperty("collapsed", out var end))
            {
                collapsedCitation = CitationOf(end, pointer + "/collapsed");
                if (!DateOnly.TryParseExact(end.GetProperty("date").GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on))
                {
                    throw doc.Error(pointer + "/collapsed/date", $"text '{name}': collapsed date '{end.GetProperty("date").GetString()}' must be YYYY-MM-DD");
                }
                collapsed = on;
            }
            return new Conflict.Scenarios.TextSituation
            {
                InitialControl = control,
                TrucksWithoutAgreement = trucks,
                Administration = administration,
                Collapsed = collapsed,
                CollapsedCitation = collapsedCitation,
            };
        }

        private ImmutableDictionary<int, int> ReadValues(JsonElement node, string pointer, string name)
        {
            var values = ImmutableDictionary.CreateBuilder<int, int>();
            foreach (var v in node.EnumerateObject())
            {
                var vp = $"{pointer}/values/{PositionedJson.Escape(v.Name)}";
                var issue = Guard(vp, () => _space.RequireIssue(v.Name, $"text '{name}'"));
                values[issue] = Guard(vp, () => _space.Issues[issue].ParseValue(ScalarText(v.Value)));
            }
            return values.ToImmutable();
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

        private TalksSettings ReadTalks(ImmutableArray<Party> parties)
        {
            if (!_root.TryGetProperty("negotiation", out var n))
            {
                return new TalksSettings();
            }
            const string P = "/negotiation";
            var strategies = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (n.TryGetProperty("strategies", out var map))
            {
                foreach (var entry in map.EnumerateObject())
                {
                    var pointer = $"{P}/strategies/{PositionedJson.Escape(entry.Name)}";
                    if (!parties.Any(p => p.Name == entry.Name && p.IsSignatory))
                    {
                        throw doc.Error(pointer, $"strategies names '{entry.Name}', which is not a belligerent: name one of {string.Join(", ", parties.Where(p => p.IsSignatory).Select(p => p.Name))}");
                    }
                    var name = entry.Value.GetString()!;
                    if (name != "screening")
                    {
                        Guard(pointer, () => Negotiation.Strategies.StrategyCatalog.Get(name));
                    }
                    strategies[entry.Name] = name;
                }
            }
            var mediator = OptionalString(n, "mediator");
            if (mediator is not null)
            {
                Guard(P + "/mediator", () => Negotiation.Mediation.MediatorCatalog.Get(mediator));
            }
            var reopen = TalksSettings.DefaultReopenAfterDays;
            if (n.TryGetProperty("reopen_after_days", out var node))
            {
                reopen = Number(node, P + "/reopen_after_days", "negotiation/reopen_after_days", null);
                if (!(reopen >= 0) || reopen > 100_000)
                {
                    throw doc.Error(P + "/reopen_after_days", $"reopen_after_days {reopen} must be a number of days from 0 to 100,000");
                }
            }
            return new TalksSettings
            {
                Protocol = OptionalString(n, "protocol") ?? "mediated",
                Mediator = mediator,
                Strategies = strategies.ToImmutable(),
                ReopenAfterDays = reopen,
            };
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
    }
}
