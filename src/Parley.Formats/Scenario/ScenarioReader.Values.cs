using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.WarProcess;
using Parley.Domain;
using Parley.Domain.Preferences;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;
using Parley.Conflict.Scenarios;

// ScenarioReader, part: numbers with their citations, uncertain rates, and the guards that turn model errors into input errors at a position.
namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
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
