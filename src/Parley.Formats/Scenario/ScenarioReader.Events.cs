using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Conflict.WarProcess.Events;
using Parley.Formats.Yaml;

namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        private static readonly Dictionary<string, EffectTarget> Targets = new(StringComparer.Ordinal)
        {
            ["battle_odds"] = EffectTarget.BattleOdds,
            ["utility_cost_per_day"] = EffectTarget.UtilityCost,
            ["cost_tolerance"] = EffectTarget.CostTolerance,
            ["discount_per_round"] = EffectTarget.Discount,
            ["belief"] = EffectTarget.Belief,
            ["red_line"] = EffectTarget.RedLine,
            ["reservation"] = EffectTarget.Reservation,
            ["reopen_talks"] = EffectTarget.ReopenTalks,
            ["walkout"] = EffectTarget.Walkout,
        };

        private bool _auditOff;
        private JsonElement? _eventsOverride;
        private string _eventsPointer = "/events";

        /// <summary>
        /// Each hypothesis with a <c>war:</c> section gets the war settings it implies: the war section
        /// with the hypothesis's keys merged over it (the sides key by key) and its events, when given,
        /// in place of the top-level list. Its numbers are audited at their own paths.
        /// </summary>
        private ImmutableArray<Conflict.Scenarios.Hypothesis> WithWarOverrides(ImmutableArray<Conflict.Scenarios.Hypothesis> hypotheses, ImmutableArray<Domain.Party> parties, double daysPerRound, WarSettings? baseWar)
        {
            if (!_root.TryGetProperty("hypotheses", out var list))
            {
                return hypotheses;
            }
            var result = hypotheses.ToBuilder();
            var i = 0;
            foreach (var h in list.EnumerateArray())
            {
                var hp = $"/hypotheses/{i}";
                if (h.TryGetProperty("war", out var over))
                {
                    if (baseWar is null)
                    {
                        throw doc.Error(hp + "/war", "a hypothesis changes war settings only when the scenario has a war section");
                    }
                    AuditNumbers(over, $"hypotheses/{result[i].Name}/war");
                    var merged = System.Text.Json.Nodes.JsonNode.Parse(_root.GetProperty("war").GetRawText())!.AsObject();
                    Merge(merged, System.Text.Json.Nodes.JsonNode.Parse(over.GetRawText())!.AsObject());
                    merged.Remove("events");
                    using var parsed = JsonDocument.Parse(merged.ToJsonString());
                    _auditOff = true;
                    _eventsOverride = over.TryGetProperty("events", out var ev) ? ev : null;
                    _eventsPointer = _eventsOverride is null ? "/events" : hp + "/war/events";
                    try
                    {
                        result[i] = result[i] with { War = Conflict.Scenarios.WarOverride.Of(ReadWar(parties, daysPerRound, parsed.RootElement.Clone())!) };
                    }
                    finally
                    {
                        _auditOff = false;
                        _eventsOverride = null;
                        _eventsPointer = "/events";
                    }
                }
                i++;
            }
            // Once one hypothesis states war settings, every hypothesis carries its own, so switching resets them.
            if (baseWar is not null && result.Any(h => h.War is not null))
            {
                for (var j = 0; j < result.Count; j++)
                {
                    result[j] = result[j] with { War = result[j].War ?? Conflict.Scenarios.WarOverride.Of(baseWar) };
                }
            }
            return result.ToImmutable();
        }

        private static void Merge(System.Text.Json.Nodes.JsonObject into, System.Text.Json.Nodes.JsonObject from, int depth = 0)
        {
            foreach (var (key, value) in from.ToList())
            {
                // The sides, and each side's settings, merge key by key; every other key is replaced.
                if (value is System.Text.Json.Nodes.JsonObject child && into[key] is System.Text.Json.Nodes.JsonObject target && (depth == 0 ? key == "sides" : depth == 1))
                {
                    Merge(target, child, depth + 1);
                }
                else
                {
                    into[key] = value?.DeepClone();
                }
            }
        }

        /// <summary>Records the numbers of a hypothesis's war section with their citations, as the war section's are.</summary>
        private void AuditNumbers(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Number:
                    _cited.Add(new Domain.Scenarios.CitedValue(path, e.GetDouble(), null));
                    break;
                case JsonValueKind.Object when e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number:
                    _cited.Add(new Domain.Scenarios.CitedValue(path, v.GetDouble(), e.TryGetProperty("source", out var s) ? Domain.Scenarios.Citation.Of(s.GetString()!) : e.TryGetProperty("assumption", out var a) ? Domain.Scenarios.Citation.Assumed(a.GetString()!) : null));
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        AuditNumbers(p.Value, $"{path}/{p.Name}");
                    }
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        AuditNumbers(item, $"{path}/{i++}");
                    }
                    break;
            }
        }

        /// <summary>The war's power schedule (<c>war.power_schedule</c>), empty when absent.</summary>
        private ImmutableArray<PowerPoint> ReadPowerSchedule(JsonElement war)
        {
            if (!war.TryGetProperty("power_schedule", out var schedule))
            {
                return [];
            }
            var points = new List<PowerPoint>();
            var i = 0;
            foreach (var point in schedule.EnumerateArray())
            {
                var pp = $"/war/power_schedule/{i}";
                points.Add(new PowerPoint(
                    Number(point.GetProperty("day"), pp + "/day", $"war/power_schedule/{i}/day", null),
                    Number(point.GetProperty("odds"), pp + "/odds", $"war/power_schedule/{i}/odds", null)));
                i++;
            }
            return [.. points];
        }

        /// <summary>The scenario's events (top-level <c>events:</c>), each checked against the war sides and issues.</summary>
        private ImmutableArray<WarEvent> ReadEvents(List<SideSettings> sides)
        {
            JsonElement events;
            if (_eventsOverride is { } over)
            {
                events = over;
            }
            else if (!_root.TryGetProperty("events", out events))
            {
                return [];
            }
            var list = new List<WarEvent>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var e in events.EnumerateArray())
            {
                var ep = $"{_eventsPointer}/{i++}";
                var name = e.GetProperty("name").GetString()!;
                if (!names.Add(name))
                {
                    throw doc.Error(ep + "/name", $"event '{name}' is defined twice: give each event its own name");
                }
                var citation = CitationOf(e, ep);
                var trigger = ReadTrigger(e, ep, name, sides, citation);
                var effects = new List<EventEffect>();
                var j = 0;
                foreach (var f in e.GetProperty("effects").EnumerateArray())
                {
                    effects.Add(ReadEffect(f, $"{ep}/effects/{j}", $"events/{name}/effects/{j}", sides, citation));
                    j++;
                }
                list.Add(new WarEvent(name, trigger, [.. effects]));
            }
            return [.. list];
        }

        private EventTrigger ReadTrigger(JsonElement e, string ep, string name, List<SideSettings> sides, Parley.Domain.Scenarios.Citation? citation)
        {
            var given = (e.TryGetProperty("day", out var day) ? 1 : 0) + (e.TryGetProperty("date", out var date) ? 1 : 0) + (e.TryGetProperty("when", out var when) ? 1 : 0)
                + (e.TryGetProperty("after_breakdown", out var broken) ? 1 : 0);
            if (given != 1)
            {
                throw doc.Error(ep, $"event '{name}' needs exactly one of day, date, when or after_breakdown");
            }
            if (broken.ValueKind != JsonValueKind.Undefined)
            {
                var bp = ep + "/after_breakdown";
                if (!broken.TryGetProperty("issue", out var issueNode))
                {
                    return new EventTrigger(TriggerKind.AgreementBroken, 0);
                }
                var issue = Guard(bp + "/issue", () => _space.RequireIssue(issueNode.GetString()!, $"events/{name}/after_breakdown/issue"));
                if (!broken.TryGetProperty("value", out var valueNode))
                {
                    throw doc.Error(bp, $"event '{name}': after_breakdown names issue '{_space.Issues[issue].Name}': give the value the broken text must have");
                }
                var value = Guard(bp + "/value", () => _space.Issues[issue].ParseValue(ScalarText(valueNode)));
                return new EventTrigger(TriggerKind.AgreementBroken, 0, 0, issue, value);
            }
            if (day.ValueKind != JsonValueKind.Undefined)
            {
                return new EventTrigger(TriggerKind.Day, Number(day, ep + "/day", $"events/{name}/day", citation));
            }
            if (date.ValueKind != JsonValueKind.Undefined)
            {
                var start = _root.TryGetProperty("clock", out var clock) && clock.TryGetProperty("start", out var s) ? s.GetString() : null;
                if (start is null || !DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                {
                    throw doc.Error(ep + "/date", $"event '{name}' gives a date: give clock.start (YYYY-MM-DD) to count days from, or give day instead");
                }
                if (!DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
                {
                    throw doc.Error(ep + "/date", $"event '{name}': date '{date.GetString()}' must be YYYY-MM-DD");
                }
                return new EventTrigger(TriggerKind.Day, on.DayNumber - from.DayNumber);
            }
            var wp = ep + "/when";
            var side = SideIndex(when, wp, sides);
            var below = when.TryGetProperty("control_below", out var cb);
            var above = when.TryGetProperty("cost_above", out var ca);
            if (below == above)
            {
                throw doc.Error(wp, $"event '{name}': a condition needs exactly one of control_below or cost_above");
            }
            return below
                ? new EventTrigger(TriggerKind.ControlBelow, Number(cb, wp + "/control_below", $"events/{name}/when/control_below", citation), side)
                : new EventTrigger(TriggerKind.CostAbove, Number(ca, wp + "/cost_above", $"events/{name}/when/cost_above", citation), side);
        }

        private EventEffect ReadEffect(JsonElement f, string fp, string path, List<SideSettings> sides, Parley.Domain.Scenarios.Citation? citation)
        {
            var targetName = f.GetProperty("target").GetString()!;
            if (!Targets.TryGetValue(targetName, out var target))
            {
                throw doc.Error(fp + "/target", $"unknown event target '{targetName}': use one of {string.Join(", ", Targets.Keys)}");
            }
            var side = target is EffectTarget.BattleOdds or EffectTarget.ReopenTalks ? 0 : SideIndex(f, fp, sides);
            double? Optional(string key) => f.TryGetProperty(key, out var v) ? Number(v, $"{fp}/{key}", $"{path}/{key}", citation) : null;
            var effect = new EventEffect { Target = target, Side = side };
            switch (target)
            {
                case EffectTarget.ReopenTalks:
                    return effect;
                case EffectTarget.Walkout:
                    var closed = Optional("days");
                    if (closed is { } d && !(d >= 0 && d <= 100_000))
                    {
                        throw doc.Error(fp + "/days", $"a walkout's days {d} must be a number of days from 0 to 100,000");
                    }
                    return effect with { Reason = OptionalString(f, "reason"), ClosedDays = closed };
                case EffectTarget.Belief:
                    return effect with { Wins = Optional("wins") ?? 0, Losses = Optional("losses") ?? 0 };
                case EffectTarget.RedLine:
                    if (!f.TryGetProperty("issue", out var issueNode))
                    {
                        throw doc.Error(fp, "a red_line effect names the issue whose red line relaxes");
                    }
                    var issue = Guard(fp + "/issue", () => _space.RequireIssue(issueNode.GetString()!, "event effect"));
                    var allow = f.TryGetProperty("allow", out var a)
                        ? a.EnumerateArray().Select(v => Guard(fp + "/allow", () => _space.Issues[issue].ParseValue(ScalarText(v)))).ToImmutableArray()
                        : [];
                    return effect with { Issue = issue, Allow = allow };
                default:
                    effect = effect with { Set = Optional("set"), Scale = Optional("scale"), Shift = Optional("shift") };
                    if ((effect.Set is null ? 0 : 1) + (effect.Scale is null ? 0 : 1) + (effect.Shift is null ? 0 : 1) != 1)
                    {
                        throw doc.Error(fp, $"a {targetName} effect needs exactly one of set, scale or shift");
                    }
                    return effect;
            }
        }

        private int SideIndex(JsonElement node, string pointer, List<SideSettings> sides)
        {
            if (!node.TryGetProperty("side", out var s))
            {
                throw doc.Error(pointer, $"name the side: {string.Join(" or ", sides.Select(x => x.Party))}");
            }
            var index = sides.FindIndex(x => x.Party == s.GetString());
            return index >= 0 ? index : throw doc.Error(pointer + "/side", $"unknown event target side '{s.GetString()}': name a war side, {string.Join(" or ", sides.Select(x => x.Party))}");
        }
    }
}
