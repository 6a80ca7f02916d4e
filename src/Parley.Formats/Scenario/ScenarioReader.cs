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
    public static Conflict.Scenarios.Scenario ReadFile(string path) => ReadFile(path, []);

    /// <summary>Reads and validates the scenario in <paramref name="path"/> with <paramref name="overrides"/> applied.</summary>
    public static Conflict.Scenarios.Scenario ReadFile(string path, IReadOnlyList<Overrides.ScenarioOverride> overrides)
    {
        // Read as every scenario file is read (UTF-8, or UTF-16/32 detected), overrides or not.
        return Parse(TextFile.Read(path), path, overrides);
    }

    /// <summary>Reads and validates a scenario from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static Conflict.Scenarios.Scenario Parse(string yaml, string file) => Parse(yaml, file, []);

    /// <summary>Reads and validates a scenario from YAML text with <paramref name="overrides"/> applied to its values (<see cref="Overrides.ScenarioOverrides"/>).</summary>
    public static Conflict.Scenarios.Scenario Parse(string yaml, string file, IReadOnlyList<Overrides.ScenarioOverride> overrides)
    {
        var document = Overrides.ScenarioOverrides.Apply(YamlToJson.Parse(yaml, file), overrides);
        // Numbers with neither a source nor an assumption, counted once from the document just read.
        var scenario = Read(document) with { BareNumbers = ScenarioNumbers.Of(document).Count(n => n.Basis == NumberBasis.Bare) };
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
        private readonly List<string> _warnings = [];
        private OutcomeSpace _space = null!;
        private readonly Dictionary<string, Conflict.Scenarios.TextSituation> _situations = new(StringComparer.Ordinal);

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
                TextSituations = _situations.ToImmutableDictionary(StringComparer.Ordinal),
                ClockStart = ReadClockStart(),
                Hypotheses = hypotheses,
                War = baseWar is not null && !hypotheses.IsEmpty && hypotheses[0].War is { } over ? over.Apply(baseWar) : baseWar,
                DaysPerRound = daysPerRound,
                Aid = AidBindingRules.FromIssueNames(_space),
                Permanence = ReadPermanence(),
                NegotiationPatience = ReadPatience(),
                Talks = ReadTalks(parties),
                Map = ReadMap(),
                Observed = ReadObserved(hypotheses),
                CitedValues = [.. _cited],
                Warnings = [.. _warnings],
            };
        }

        private DateOnly? ReadClockStart() =>
            _root.TryGetProperty("clock", out var clock) && clock.TryGetProperty("start", out var start)
            && DateOnly.TryParseExact(start.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                ? date
                : null;

        private void Warn(string pointer, string? warning)
        {
            if (warning is null)
            {
                return;
            }
            var line = doc.Error(pointer, warning).Message;
            if (!_warnings.Contains(line))
            {
                _warnings.Add(line);
            }
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
    }
}
