using System.Globalization;
using Parley.Conflict.Scenarios;
using Parley.Domain.Scenarios;
using Parley.Domain.Texts;
using Parley.Humanitarian;
using YamlDotNet.Serialization;

namespace Parley.Formats.Texts;

/// <summary>
/// A text written back as scenario YAML (<c>parley text render --format yaml</c>): a <c>texts:</c>
/// section holding it, in the format <c>ScenarioReader</c> reads (docs/texts.md), so that it loads back
/// to an equal text. Numbers keep their citation (source id or assumption); the quotes behind sourced
/// numbers are not part of the text and are not written. A text of precise clauses numbered 1, 2, ...
/// in issue order with nothing else is written as version-1 <c>values</c>.
/// </summary>
public static class TextYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder().DisableAliases().Build();

    /// <summary>The YAML of <paramref name="text"/> (with its situation, when the scenario states one).</summary>
    public static string Write(Conflict.Scenarios.Scenario scenario, AgreementText text)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(text);
        var entry = new Dictionary<string, object> { ["name"] = text.Name };
        Add(entry, "title", text.Title);
        Add(entry, "date", text.Date);
        Add(entry, "description", text.Description);
        Add(entry, "source", text.Source);
        Add(entry, "assumption", text.Assumption);
        if (IsVersion1(text))
        {
            entry["values"] = text.Values.OrderBy(kv => kv.Key).ToDictionary(kv => scenario.Space.Issues[kv.Key].Name, kv => (object)scenario.Space.Issues[kv.Key].FormatValue(kv.Value));
        }
        else
        {
            entry["clauses"] = text.Clauses.Select(c => (object)Clause(scenario, c)).ToList();
        }
        var path = $"texts/{text.Name}";
        if (!text.Phases.IsEmpty)
        {
            entry["phases"] = text.Phases.Select(p => (object)Phase(scenario, path, p)).ToList();
        }
        if (!text.Exchanges.IsEmpty)
        {
            entry["exchanges"] = text.Exchanges.Select(x => (object)Exchange(scenario, path, x)).ToList();
        }
        if (!text.Obligations.IsEmpty)
        {
            entry["obligations"] = text.Obligations.Select(o =>
            {
                var d = new Dictionary<string, object> { ["party"] = o.Party, ["obligation"] = o.Obligation };
                Add(d, "phase", o.Phase);
                return (object)d;
            }).ToList();
        }
        if (!text.Guarantors.IsEmpty)
        {
            entry["guarantors"] = text.Guarantors.ToList();
        }
        if (!text.Provisions.IsEmpty)
        {
            entry["provisions"] = CeasefireElements.All.Where(text.Provisions.ContainsKey).ToDictionary(CeasefireElements.Key, e => (object)text.Provisions[e]);
        }
        if (text.Features != TextFeature.None)
        {
            entry["features"] = TextFeatures.Keys(text.Features).ToList();
        }
        if (scenario.TextSituations.TryGetValue(text.Name, out var situation))
        {
            entry["situation"] = Situation(scenario, path, situation);
        }
        return Serializer.Serialize(new Dictionary<string, object> { ["texts"] = new List<object> { entry } });
    }

    /// <summary>True when the text is what a version-1 <c>values</c> map reads as: precise clauses numbered 1, 2, ... in issue order and nothing else.</summary>
    private static bool IsVersion1(AgreementText text) =>
        text.Clauses.Select((c, i) => c.Precision == ClausePrecision.Precise && c.Issue is not null && c.Id == (i + 1).ToString(CultureInfo.InvariantCulture)
                && c.Wording is null && c.Source is null && c.Assumption is null).All(x => x)
            && text.Clauses.Select(c => c.Issue!.Value).SequenceEqual(text.Values.Keys.Order())
            && text.Clauses.Length > 0;

    private static Dictionary<string, object> Clause(Conflict.Scenarios.Scenario scenario, TextClause c)
    {
        var d = new Dictionary<string, object> { ["id"] = c.Id };
        if (c.Issue is { } issueIndex)
        {
            var issue = scenario.Space.Issues[issueIndex];
            d["issue"] = issue.Name;
            switch (c.Precision)
            {
                case ClausePrecision.Precise:
                    d["value"] = issue.FormatValue(c.Readings[0].Value);
                    break;
                case ClausePrecision.Bounded:
                    d["range"] = new List<object> { issue.FormatValue(c.Readings[0].Value), issue.FormatValue(c.Readings[^1].Value) };
                    break;
                default:
                    d["readings"] = c.Readings.Select(r =>
                    {
                        var reading = new Dictionary<string, object> { ["value"] = issue.FormatValue(r.Value), ["weight"] = r.Weight };
                        if (!r.PartyWeights.IsEmpty)
                        {
                            reading["party_weights"] = r.PartyWeights.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (object)kv.Value);
                        }
                        return (object)reading;
                    }).ToList();
                    break;
            }
        }
        Add(d, "text", c.Wording);
        Add(d, "source", c.Source);
        Add(d, "assumption", c.Assumption);
        return d;
    }

    private static Dictionary<string, object> Phase(Conflict.Scenarios.Scenario scenario, string path, TextPhase p)
    {
        var d = new Dictionary<string, object> { ["name"] = p.Name };
        AddNumber(d, "duration_days", p.DurationDays, Cited(scenario, $"{path}/phases/{p.Name}/duration_days"));
        AddNumber(d, "talks_from_day", p.TalksFromDay, Cited(scenario, $"{path}/phases/{p.Name}/talks_from_day"));
        Add(d, "trigger", p.Trigger);
        Add(d, "description", p.Description);
        return d;
    }

    private static Dictionary<string, object> Exchange(Conflict.Scenarios.Scenario scenario, string path, TextExchange x)
    {
        var d = new Dictionary<string, object> { ["phase"] = x.Phase, ["releases"] = x.Releases, ["released"] = x.Released };
        var at = $"{path}/exchanges/{x.Phase}/{x.Releases}/{x.Released}";
        AddNumber(d, "count", x.Count, x.Source is not null ? Citation.Of(x.Source) : x.Assumption is not null ? Citation.Assumed(x.Assumption) : Cited(scenario, at + "/count"));
        AddNumber(d, "day", x.Day, Cited(scenario, at + "/day"));
        return d;
    }

    private static Dictionary<string, object> Situation(Conflict.Scenarios.Scenario scenario, string path, TextSituation s)
    {
        var d = new Dictionary<string, object>();
        AddNumber(d, "initial_control", s.InitialControl, Cited(scenario, $"{path}/situation/initial_control"));
        if (s.TrucksWithoutAgreement is { } trucks)
        {
            var t = new Dictionary<string, object> { ["value"] = trucks.Value };
            Add(t, "source", trucks.Source);
            Add(t, "quote", trucks.Quote);
            Add(t, "assumption", trucks.Assumption);
            d["trucks_without_agreement"] = t;
        }
        if (s.Administration is { } administration)
        {
            d["administration"] = AidAdministrationNames.Key(administration);
        }
        if (s.Collapsed is { } collapsed)
        {
            var c = new Dictionary<string, object> { ["date"] = collapsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            Add(c, "source", s.CollapsedCitation?.SourceId);
            Add(c, "assumption", s.CollapsedCitation?.Assumption);
            d["collapsed"] = c;
        }
        return d;
    }

    /// <summary>The citation the reader recorded for the number at <paramref name="path"/>, if any.</summary>
    private static Citation? Cited(Conflict.Scenarios.Scenario scenario, string path) =>
        scenario.CitedValues.FirstOrDefault(c => c.Path == path)?.Citation;

    private static void AddNumber(Dictionary<string, object> d, string key, double? value, Citation? citation)
    {
        if (value is not { } v)
        {
            return;
        }
        if (citation is null)
        {
            d[key] = v;
            return;
        }
        var n = new Dictionary<string, object> { ["value"] = v };
        Add(n, "source", citation.SourceId);
        Add(n, "assumption", citation.Assumption);
        d[key] = n;
    }

    private static void Add(Dictionary<string, object> d, string key, string? value)
    {
        if (value is not null)
        {
            d[key] = value;
        }
    }
}
