using System.Collections.Immutable;
using System.Text.Json;
using Parley.Conflict.Scenarios;
using Parley.Domain.Endings;
using Parley.Domain.Scenarios;
using Parley.Formats.Yaml;

namespace Parley.Formats.Scenario;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        private const string ObservedPointer = "/observed";

        /// <summary>
        /// The <c>observed:</c> section, or null without one. The schema checks its keys and types; the
        /// rules on what it must hold are checked here, each failure at its line and column.
        /// </summary>
        private ObservedOutcome? ReadObserved(ImmutableArray<Hypothesis> hypotheses)
        {
            if (!_root.TryGetProperty("observed", out var observed))
            {
                return null;
            }
            const string P = ObservedPointer;
            var hasDays = observed.TryGetProperty("days_to_agreement", out var agreed);
            var hasCensored = observed.TryGetProperty("no_agreement_within_days", out var none);
            if (hasDays == hasCensored)
            {
                throw doc.Error(P, "give exactly one of days_to_agreement (days from the start of talks to the first agreement) and no_agreement_within_days (no agreement within that many days)");
            }
            var daysKey = hasDays ? "days_to_agreement" : "no_agreement_within_days";
            var days = hasDays ? agreed : none;
            var daysPointer = $"{P}/{daysKey}";
            var daysCitation = RequiredCitation(days, daysPointer, daysKey);
            var dayCount = Number(Required(days, daysPointer, "value", daysKey), daysPointer + "/value", $"observed/{daysKey}", daysCitation);

            // The ending may be left out when history has not decided it yet (no Brier score then).
            Ending? ending = null;
            Citation? endingCitation = null;
            if (observed.TryGetProperty("ending", out var endingNode))
            {
                endingCitation = RequiredCitation(endingNode, P + "/ending", "ending");
                var endingName = Required(endingNode, P + "/ending", "value", "ending").GetString();
                if (!EndingNames.TryParse(endingName, out var parsed))
                {
                    throw doc.Error(P + "/ending/value", $"'{endingName}' is not an ending: use one of {string.Join(", ", EndingNames.All.Select(EndingNames.Name))}");
                }
                ending = parsed;
            }

            ImmutableDictionary<int, int>? text = null;
            Citation? textCitation = null;
            if (observed.TryGetProperty("agreed_text", out var textNode))
            {
                textCitation = RequiredCitation(textNode, P + "/agreed_text", "agreed_text");
                var values = ImmutableDictionary.CreateBuilder<int, int>();
                foreach (var v in Required(textNode, P + "/agreed_text", "values", "agreed_text").EnumerateObject())
                {
                    var vp = $"{P}/agreed_text/values/{PositionedJson.Escape(v.Name)}";
                    var issue = Guard(vp, () => _space.RequireIssue(v.Name, "the observed agreed text"));
                    values[issue] = Guard(vp, () => _space.Issues[issue].ParseValue(ScalarText(v.Value)));
                }
                text = values.ToImmutable();
            }
            var hypothesis = OptionalString(observed, "hypothesis");
            if (hypothesis is not null && !hypotheses.Any(h => h.Name == hypothesis))
            {
                throw doc.Error(P + "/hypothesis", hypotheses.IsEmpty
                    ? $"observed hypothesis '{hypothesis}': the scenario has no hypotheses; remove the key"
                    : $"observed hypothesis '{hypothesis}' is not a hypothesis of the scenario: use one of {string.Join(", ", hypotheses.Select(h => h.Name))}");
            }
            return Guard(P, () => new ObservedOutcome(dayCount, !hasDays, ending)
            {
                DaysCitation = daysCitation,
                EndingCitation = endingCitation,
                AgreedText = text,
                AgreedTextCitation = textCitation,
                Note = OptionalString(observed, "note"),
                Hypothesis = hypothesis,
            });
        }

        private JsonElement Required(JsonElement node, string pointer, string key, string part) =>
            node.TryGetProperty(key, out var value) ? value : throw doc.Error(pointer, $"observed {part} has no {key}: add it");

        private Citation RequiredCitation(JsonElement node, string pointer, string part) =>
            CitationOf(node, pointer)
            ?? throw doc.Error(pointer, $"observed {part} cites nothing: add source: <id> (from the sources list) or assumption: \"why\"");
    }
}
